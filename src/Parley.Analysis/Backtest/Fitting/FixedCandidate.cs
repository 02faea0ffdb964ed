namespace Parley.Analysis.Backtest.Fitting;

/// <summary>A catalog model's forecast taken as it is (nothing fitted): lets a selection choose "no fitting at all".</summary>
public sealed class FixedCandidate(string model) : ForecastCandidate
{
    public override string Id => model;

    public override string Description => $"the {model} model as it is, nothing fitted";

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training) =>
        new(t => t.ModelForecasts.TryGetValue(model, out double f) ? f : double.NaN, "nothing fitted");
}
