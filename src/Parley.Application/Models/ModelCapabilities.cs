using Parley.Models;

namespace Parley.Application.Models;

/// <summary>
/// Which models can do more than forecast: a dyadic perception matrix (dyads) or a round-by-round
/// trace (trace). Models say so themselves through capability interfaces
/// (<see cref="IPerceivingModel"/>, <see cref="ITracingModel"/>); this is the one place the use
/// cases ask, so a new model with either interface works in dyads and trace without a change here.
/// </summary>
public static class ModelCapabilities
{
    /// <summary>The model as a source of perception matrices, or null if it has none.</summary>
    public static IPerceivingModel? Perceptions(IBargainingModel model) => model as IPerceivingModel;

    /// <summary>The model as a traceable run, or null if it has no trace.</summary>
    public static ITracingModel? Trace(IBargainingModel model) => model as ITracingModel;

    /// <summary>Whether the catalog model with this id has a trace (checked before its settings are).</summary>
    public static bool HasTrace(string modelId) => ModelCatalog.Find(modelId.Trim())?.Offers<ITracingModel>() ?? false;

    /// <summary>The model a trace runs when the user names none.</summary>
    public static string DefaultTraceModel => BuiltinModels.Spatial.Id;

    /// <summary>The model whose perceptions dyads shows when the user names none.</summary>
    public static string DefaultPerceptionModel => BuiltinModels.ExpectedUtility.Id;
}
