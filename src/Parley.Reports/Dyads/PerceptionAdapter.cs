using Parley.Core;
using Parley.Models;

namespace Parley.Reports.Dyads;

/// <summary>
/// ADAPTER POINT (expected-utility model, issue 3): turns a model's dyadic perceptions into a
/// <see cref="PerceptionMatrix"/>. The CLI (<c>parley plot --chart dyads</c>), the report and the
/// web API all ask here, so wiring the model in is one change in this file. Until then no model in
/// this build assesses dyads and every caller says so to the user.
/// </summary>
public static class PerceptionAdapter
{
    /// <summary>The perceptions of <paramref name="model"/> on a dimension, or null when the model has none.</summary>
    public static PerceptionMatrix? FromModel(IBargainingModel model, CompiledScenario scenario, string dimensionId)
    {
        // When the expected-utility model lands: if (model is ExpectedUtilityModel eu) map its
        // perception matrix for dimensionId (confrontation / compromise / capitulation / status quo)
        // onto PerceptionCategory here.
        _ = model;
        _ = scenario;
        _ = dimensionId;
        return null;
    }

    /// <summary>What to tell a user who asked for perceptions from a model that has none.</summary>
    public static string Unavailable(string modelId) =>
        $"model '{modelId}' does not assess dyads; the perception grid needs the expected-utility model (eu), which reports how each actor sees each other";
}
