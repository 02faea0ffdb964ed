namespace Parley.Analysis.TrackRecord;

/// <summary>
/// One model's forecast on one dimension of a scenario, against what happened. Errors are given in
/// the dimension's units and as a percentage of its scale (<see cref="ErrorPercent"/>), so scenarios
/// on different scales can be pooled. <see cref="Brier"/> scores P(status quo holds) against whether
/// it held: (p − 1)² if it held, p² if not; null where either is unknown.
/// </summary>
public sealed record ScoredForecast(
    string Scenario,
    string DimensionId,
    string ModelId,
    double Forecast,
    double Observed,
    double? StatusQuo,
    double ScaleWidth,
    double? PStatusQuo,
    bool? StatusQuoHeld)
{
    public double AbsoluteError => Math.Abs(Forecast - Observed);

    public double ErrorPercent => 100 * AbsoluteError / ScaleWidth;

    public double? Brier => PStatusQuo is { } p && StatusQuoHeld is { } held ? (held ? (1 - p) * (1 - p) : p * p) : null;
}
