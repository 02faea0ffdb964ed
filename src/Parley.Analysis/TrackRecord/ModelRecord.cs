namespace Parley.Analysis.TrackRecord;

/// <summary>
/// A model's track record over every scored dimension: mean absolute error (as % of each scale),
/// mean Brier score of its P(status quo), and how many dimensions each rests on.
/// </summary>
public sealed record ModelRecord(string ModelId, string ModelName, int Dimensions, double MeanErrorPercent, int BrierCount, double? MeanBrier);
