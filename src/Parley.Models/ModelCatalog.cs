using Parley.Core.Validation;

namespace Parley.Models;

/// <summary>
/// The models Parley offers, by id: an immutable list of <see cref="ModelDescriptor"/>s.
/// <see cref="Builtin"/> holds Parley's own models (listed in <see cref="BuiltinModels"/>);
/// <see cref="With"/> gives a catalog with more (a plug-in, a test's toy model). The faces get the
/// catalog they run with from the application layer; the static members (<see cref="All"/>,
/// <see cref="Find"/>, <see cref="Default"/> …) are shortcuts to the built-in catalog for code that
/// has none to hand.
/// </summary>
public sealed class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> builtin = new(() => new ModelCatalog(BuiltinModels.All));

    private readonly ModelDescriptor[] models;

    /// <summary>A catalog of <paramref name="models"/>; ids and colour slots must be unique.</summary>
    public ModelCatalog(IEnumerable<ModelDescriptor> models)
    {
        this.models = [.. models];
        foreach (var group in this.models.GroupBy(m => m.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"two models have the id '{group.Key}'", nameof(models));
        }
        foreach (var group in this.models.GroupBy(m => m.ColourSlot).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"models {string.Join(" and ", group.Select(m => m.Id))} share colour slot {group.Key}", nameof(models));
        }
        foreach (var model in this.models.Where(m => m.Id.Length == 0 || m.Id.Any(c => c is ',' or '.' or '=' || char.IsWhiteSpace(c)) || m.Id.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"'{model.Id}' cannot be a model id (no commas, dots, '=', spaces; not 'all')", nameof(models));
        }
    }

    /// <summary>Parley's own models.</summary>
    public static ModelCatalog Builtin => builtin.Value;

    /// <summary>This catalog and <paramref name="more"/> models, after them.</summary>
    public ModelCatalog With(params ModelDescriptor[] more) => new([.. models, .. more]);

    /// <summary>Every model, in the order tables list them.</summary>
    public IReadOnlyList<ModelDescriptor> Models => models;

    /// <summary>The models <c>--model all</c> runs: all but those that combine the others and those run only when named.</summary>
    public IReadOnlyList<ModelDescriptor> Runnable => [.. models.Where(m => !m.CombinesModels && !m.RunsOnlyWhenNamed)];

    /// <summary>The members of an ensemble that names none.</summary>
    public IReadOnlyList<ModelDescriptor> DefaultEnsemble => [.. models.Where(m => m.InDefaultEnsemble && !m.CombinesModels)];

    public IReadOnlyList<string> ModelIds => [.. models.Select(m => m.Id)];

    /// <summary>The model with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public ModelDescriptor? Lookup(string id) => Array.Find(models, m => string.Equals(m.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds model <paramref name="id"/> from its settings, members of composites from this catalog.</summary>
    public ParseResult<IBargainingModel> Create(string id, IReadOnlyDictionary<string, string> settings) =>
        Lookup(id) is { } model
            ? model.Create(settings, this)
            : ParseResult<IBargainingModel>.ForProblem(new Problem(Rules.InvalidValue, $"unknown model '{id}'; choose from {string.Join(", ", ModelIds)}", Field: "model"));

    /// <summary>The model <paramref name="id"/> with its default settings; an unknown id is a programming error.</summary>
    public IBargainingModel CreateDefault(string id) =>
        (Lookup(id) ?? throw new ArgumentException($"no model '{id}' in the catalog", nameof(id))).Create(new Dictionary<string, string>(), this).Value;

    /// <summary>The models of the built-in catalog.</summary>
    public static IReadOnlyList<ModelDescriptor> All => Builtin.Models;

    /// <summary>The built-in models <c>--model all</c> runs: every model except the ensemble, which would only repeat them.</summary>
    public static IReadOnlyList<ModelDescriptor> Standalone => Builtin.Runnable;

    public static IEnumerable<string> Ids => Builtin.ModelIds;

    /// <summary>The built-in model <paramref name="id"/> with its default settings; an unknown id is a programming error.</summary>
    public static IBargainingModel Default(string id) => Builtin.CreateDefault(id);

    public static ModelDescriptor? Find(string id) => Builtin.Lookup(id);
}
