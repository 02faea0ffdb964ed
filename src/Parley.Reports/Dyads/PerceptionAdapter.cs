using Parley.Core;
using Parley.Models;
using Parley.Models.ExpectedUtility;

namespace Parley.Reports.Dyads;

/// <summary>
/// Turns a model's dyadic perceptions into a <see cref="PerceptionMatrix"/> for the perception grid
/// (CLI <c>parley plot --chart dyads</c>, the HTML report and the web API all ask here). Any model
/// with the <see cref="IPerceivingModel"/> capability assesses dyads.
/// </summary>
public static class PerceptionAdapter
{
    /// <summary>The perceptions of <paramref name="model"/> on a dimension at the start of round 1, or null when the model has none.</summary>
    public static PerceptionMatrix? FromModel(IBargainingModel model, CompiledScenario scenario, string dimensionId)
    {
        if (model is not IPerceivingModel perceiving) return null;
        int dimension = scenario.Source.DimensionIndex(dimensionId);
        if (dimension < 0) return null;
        var perceived = perceiving.Perceive(scenario, dimension);
        int n = perceived.Count;
        var cells = new PerceptionCategory[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                cells[a, b] = a == b ? PerceptionCategory.None : perceived[a, b].Relationship switch
                {
                    Relationship.Confrontation => PerceptionCategory.Confrontation,
                    Relationship.Compromise => PerceptionCategory.Compromise,
                    Relationship.Capitulation => PerceptionCategory.Capitulation,
                    _ => PerceptionCategory.StatusQuo,
                };
            }
        }
        var ids = scenario.Source.Actors.Select(a => a.Id).ToList();
        return new PerceptionMatrix(ids, cells, dimensionId, $"{perceiving.Name}, preset {perceiving.Preset}, start of round {perceived.Round}");
    }

    /// <summary>What to tell a user who asked for perceptions from a model that has none.</summary>
    public static string Unavailable(string modelId) =>
        Unavailable(modelId, ModelCatalog.Builtin);

    /// <summary>What to tell a user who asked for perceptions from a model that has none, naming the models of <paramref name="catalog"/> that do.</summary>
    public static string Unavailable(string modelId, ModelCatalog catalog) =>
        $"model '{modelId}' does not assess dyads; the perception grid needs a model that reports how each actor sees each other (an expected-utility perception matrix): {string.Join(", ", catalog.Models.Where(m => m.Offers<IPerceivingModel>()).Select(m => m.Id))}";
}
