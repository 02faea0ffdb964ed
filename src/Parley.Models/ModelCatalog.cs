using Parley.Core.Validation;
using Parley.Models.Baseline;
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
        new(SpatialModel.ModelId, "Spatial Model of Politics (KTAB)",
            "KTAB's SMP: actors challenge their most profitable target and adopt bargains that win Probabilistic Condorcet Elections, round after round; outcome = final positions weighted by their win probability",
            SmpOptions.ParameterNames, SpatialModel.Create),
    ];

    public static IReadOnlyList<Entry> All => entries;

    public static IEnumerable<string> Ids => entries.Select(e => e.Id);

    public static Entry? Find(string id) => Array.Find(entries, e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    private static Entry Static(IBargainingModel model, string summary) =>
        new(model.Id, model.Name, summary, [], settings => settings.Count == 0
            ? ParseResult<IBargainingModel>.ForValue(model)
            : ParseResult<IBargainingModel>.ForProblem(new Problem(Rules.InvalidValue,
                $"model '{model.Id}' takes no parameters, but got: {string.Join(", ", settings.Keys)}", Field: "parameters." + model.Id)));
}
