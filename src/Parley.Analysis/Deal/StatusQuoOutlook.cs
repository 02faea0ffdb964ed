using System.Collections.Immutable;
using Parley.Analysis.Uncertainty;
using Parley.Models.Procedural;

namespace Parley.Analysis.Deal;

/// <summary>P(status quo holds) and the win-set on every dimension of a scenario, with the settings that produced them.</summary>
public sealed record StatusQuoOutlook(int Runs, ulong Seed, InputDistribution Distribution, ImmutableArray<DimensionOutlook> Dimensions)
{
    /// <summary>
    /// The win-set of all dimensions jointly at the stated numbers (package deals), where every
    /// dimension is decided by unanimity of the same members; null otherwise.
    /// </summary>
    public PackageWinSet? Package { get; init; }

    /// <summary>
    /// The P(status quo) reported beside a model's forecast: the procedural model's own share of
    /// draws ending at the status quo; for every other model the share of draws with an empty
    /// win-set — whether a deal happens depends on the decision rule, not on where a deal would land,
    /// so the models that only answer "where" share the rule's answer to "whether".
    /// </summary>
    public double? ForModel(string modelId, int dimension) =>
        modelId == ProceduralModel.ModelId ? Dimensions[dimension].ProceduralStatusQuoProbability : Dimensions[dimension].StatusQuoProbability;
}
