using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models;

/// <summary>
/// Everything Parley says about one model, written once: the catalog, <c>parley models</c>, the web
/// API's model list, chart colours, the report's prose, the backtest and the ensemble all read it.
/// A model's abilities beyond forecasting (perceptions, a round trace, per-dimension prediction) are
/// not flags here but interfaces its class implements (<see cref="IPerceivingModel"/>,
/// <see cref="ITracingModel"/>, <see cref="IDimensionwisePredictor"/>); <see cref="Offers{TCapability}"/>
/// asks the class.
/// </summary>
public sealed class ModelDescriptor
{
    /// <summary>Short id used on the command line, in scenario files' <c>parameters</c> and in JSON (<c>mean</c>, <c>eu</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name a political scientist would use (tables, legends, report).</summary>
    public required string Name { get; init; }

    /// <summary>What the model computes, in one line (<c>parley models</c>).</summary>
    public required string Summary { get; init; }

    /// <summary>How running text names the model (“the weighted mean (compromise model) puts …”); default: <see cref="Name"/>.</summary>
    public string Phrase { get => phrase ?? Name; init => phrase = value; }

    /// <summary>The short form in lists (“other models: weighted mean 58.2, …”); default: <see cref="Id"/>.</summary>
    public string ShortPhrase { get => shortPhrase ?? Id; init => shortPhrase = value; }

    /// <summary>The model's fixed colour in every chart: an index into the chart palette, unique in a catalog.</summary>
    public required int ColourSlot { get; init; }

    /// <summary>Whether its parameters were fitted on DEU III, so a backtest on DEU must refit it inside the training folds.</summary>
    public bool FittedOnDeu { get; init; }

    /// <summary>Whether an ensemble without <c>members=</c> includes it.</summary>
    public bool InDefaultEnsemble { get; init; }

    /// <summary>
    /// Whether it combines other models (the ensemble): <c>--model all</c> leaves it out, since it
    /// would only repeat them, and it cannot be an ensemble member.
    /// </summary>
    public bool CombinesModels { get; init; }

    /// <summary>
    /// Whether it runs only when named: <c>--model all</c> and the backtest's default list leave it
    /// out (the exchange model's cost grows with candidate × executed trades: minutes for hundreds of actors).
    /// </summary>
    public bool RunsOnlyWhenNamed { get; init; }

    /// <summary>Where the model is documented, relative to the repository root (e.g. <c>docs/models/spatial-model.md</c>); its settings table is generated there.</summary>
    public string? Documentation { get; init; }

    /// <summary>The class the factory builds; its interfaces are the model's capabilities.</summary>
    public required Type ModelType { get; init; }

    /// <summary>The settings it accepts, in the order <c>parley models MODEL</c> lists them.</summary>
    public IReadOnlyList<ModelSetting> Settings { get; init; } = [];

    /// <summary>Builds the model from its settings (scenario file, overridden by the command line) or reports what is wrong.</summary>
    public required ModelFactory Factory { get; init; }

    /// <summary>The setting names (for help texts and for passing command-line settings only to the models that take them).</summary>
    public IReadOnlyList<string> Parameters => [.. Settings.Select(s => s.Name)];

    /// <summary>Whether the model offers <typeparamref name="TCapability"/> (e.g. <see cref="IPerceivingModel"/>).</summary>
    public bool Offers<TCapability>() => typeof(TCapability).IsAssignableFrom(ModelType);

    /// <summary>The capabilities, by the names <c>parley models</c> shows.</summary>
    public IReadOnlyList<string> Capabilities
    {
        get
        {
            var names = new List<string>();
            if (Offers<IDimensionwisePredictor>()) names.Add("per-dimension");
            if (Offers<IPerceivingModel>()) names.Add("perceptions");
            if (Offers<ITracingModel>()) names.Add("trace");
            return names;
        }
    }

    /// <summary>Builds the model; <paramref name="catalog"/> (default: the built-in one) is where an ensemble finds its members.</summary>
    public ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings, ModelCatalog? catalog = null) =>
        Factory(settings, catalog ?? ModelCatalog.Builtin);

    public override string ToString() => Id;

    private string? phrase;
    private string? shortPhrase;
}

/// <summary>Builds a model from text settings; <paramref name="catalog"/> is the catalog the model is built from.</summary>
public delegate ParseResult<IBargainingModel> ModelFactory(IReadOnlyDictionary<string, string> settings, ModelCatalog catalog);
