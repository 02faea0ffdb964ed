using Parley.Core.Validation;
using Parley.Models.Baseline;
using Parley.Models.Fitted;
using Parley.Models.ExpectedUtility;
using Parley.Models.Spatial;

namespace Parley.Models;

/// <summary>
/// The models Parley offers, by id. Each entry builds a model from its settings (the scenario
/// file's <c>parameters</c> for that model, overridden by command-line values), or reports what
/// is wrong with them.
/// </summary>
public static class ModelCatalog
{
    public delegate ParseResult<IBargainingModel> Factory(IReadOnlyDictionary<string, string> settings);

    /// <param name="Parameters">The setting names the model accepts (for help texts and for passing
    /// command-line settings only to the models that understand them).</param>
    public sealed record Entry(string Id, string Name, string Summary, IReadOnlyList<string> Parameters, Factory Create);

    private static readonly Entry[] entries =
    [
        Static(new CompromiseModel(), "capability × salience weighted mean of positions (Achen's compromise model)"),
        Static(new WeightedMedianModel(), "position where cumulative capability × salience reaches half (median voter)"),
        Static(new NashBargainingModel(), "asymmetric Nash bargaining solution, quadratic utilities, status quo as disagreement point"),
        new("eu", "Expected utility (Bueno de Mesquita)",
            "Bueno de Mesquita's challenge model (Scholz et al. 2011), round by round; presets parley (default), jmckib, dmasad, eum",
            ExpectedUtilitySettings.Names,
            settings => ExpectedUtilitySettings.Parse(settings).Select(options => (IBargainingModel)new ExpectedUtilityModel(options))),
        new(SpatialModel.ModelId, "Spatial Model of Politics (KTAB)",
            "KTAB's SMP: actors challenge their most profitable target and adopt bargains that win Probabilistic Condorcet Elections, round after round; outcome = final positions weighted by their win probability",
            SmpOptions.ParameterNames, SpatialModel.Create),
        new("fitted", "Fitted compromise (snapped)",
            "compromise with capability^κ × salience^γ weights, moved onto a stated position within the snap distance; parameters fitted on DEU III (fitted-compromise.v1.json)",
            FittedSettings.Names, FittedSettings.Create),
        new(Exchange.ExchangeModel.ModelId, "Position exchange (Stokman)",
            "Stokman & Van Oosten's exchange model as Decide runs it: actors trade positions across issues they weigh differently (equal gain), round by round; outcome = capability × salience weighted mean of voting positions; presets parley (default), decide",
            Exchange.ExchangeSettings.Names, Exchange.ExchangeSettings.Create),
        new("ensemble", "Ensemble", "weighted average of the other models; reports how far they disagree", ["members", "weights"], Ensemble.EnsembleFactory.Create),
    ];

    public static IReadOnlyList<Entry> All => entries;

    /// <summary>
    /// Models run only when asked for by name: the exchange model's cost grows with candidates ×
    /// executions (minutes for hundreds of actors), so it is kept out of <c>--model all</c>, the
    /// ensemble's default members and the backtest's default list.
    /// </summary>
    public static IReadOnlySet<string> OptIn { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Exchange.ExchangeModel.ModelId };

    /// <summary>The models <c>--model all</c> runs: every model except the ensemble, which would only repeat them, and the opt-in ones.</summary>
    public static IReadOnlyList<Entry> Standalone => [.. entries.Where(e => e.Id != "ensemble" && !OptIn.Contains(e.Id))];

    public static IEnumerable<string> Ids => entries.Select(e => e.Id);

    /// <summary>The model <paramref name="id"/> with its default settings; an unknown id is a programming error.</summary>
    public static IBargainingModel Default(string id) =>
        (Find(id) ?? throw new ArgumentException($"no model '{id}' in the catalog", nameof(id))).Create(new Dictionary<string, string>()).Value;

    public static Entry? Find(string id) => Array.Find(entries, e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    private static Entry Static(IBargainingModel model, string summary) =>
        new(model.Id, model.Name, summary, [], settings => settings.Count == 0
            ? ParseResult<IBargainingModel>.ForValue(model)
            : ParseResult<IBargainingModel>.ForProblem(new Problem(Rules.InvalidValue,
                $"model '{model.Id}' takes no parameters, but got: {string.Join(", ", settings.Keys)}", Field: "parameters." + model.Id)));
}
