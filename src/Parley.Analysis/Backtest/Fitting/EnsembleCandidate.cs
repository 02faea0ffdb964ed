namespace Parley.Analysis.Backtest.Fitting;

/// <summary>The equal-weight average of the catalog models' forecasts (nothing fitted).</summary>
public sealed class EnsembleCandidate(IReadOnlyList<string> models) : ForecastCandidate
{
    public override string Id => "ensemble";

    public override string Description => "equal-weight average of " + string.Join(", ", models);

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training) =>
        new(t =>
        {
            double sum = 0;
            int n = 0;
            foreach (var m in models)
            {
                if (t.ModelForecasts.TryGetValue(m, out double f) && double.IsFinite(f)) { sum += f; n++; }
            }
            return n > 0 ? sum / n : double.NaN;
        }, "weights 1/" + models.Count);
}
