using Parley.Models.Procedural;

namespace Parley.Analysis.Deal;

/// <summary>
/// Will the status quo hold on one dimension? The win-set at the scenario's stated numbers, and over
/// draws of the uncertain inputs the share of draws in which no winning coalition prefers any change
/// (<see cref="StatusQuoProbability"/>) and in which the procedural model ends at the status quo.
/// Both are null where the dimension has no status quo or its rule has no status-quo fallback.
/// </summary>
public sealed record DimensionOutlook(
    string DimensionId,
    WinSet WinSet,
    double? StatusQuoProbability,
    double? ProceduralStatusQuoProbability,
    int Runs);
