using Parley.Models;
using Parley.Models.ExpectedUtility;
using Parley.Models.Spatial;

namespace Parley.Application.Models;

/// <summary>
/// Which models can do more than forecast: a dyadic perception matrix (dyads) or a round-by-round
/// trace (trace). The only place in the use cases that asks; when models describe their
/// capabilities themselves (issue 12, model descriptors) this class is where to switch.
/// </summary>
public static class ModelCapabilities
{
    /// <summary>The model as a source of perception matrices, or null if it has none.</summary>
    public static ExpectedUtilityModel? Perceptions(IBargainingModel model) => model as ExpectedUtilityModel;

    /// <summary>The model as a traceable run, or null if it has no trace.</summary>
    public static SpatialModel? Trace(IBargainingModel model) => model as SpatialModel;

    /// <summary>Whether the catalog model with this id has a trace (checked before its settings are).</summary>
    public static bool HasTrace(string modelId) => ModelCatalog.Find(modelId.Trim()) is { } entry && Trace(ModelCatalog.Default(entry.Id)) is not null;

    /// <summary>The model a trace runs when the user names none.</summary>
    public const string DefaultTraceModel = SpatialModel.ModelId;

    /// <summary>The model whose perceptions dyads shows when the user names none.</summary>
    public static readonly string DefaultPerceptionModel = new ExpectedUtilityModel().Id;
}
