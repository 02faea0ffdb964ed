namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// A forecaster whose parameters are chosen on training issues only. <see cref="Fit"/> returns the
/// fitted forecaster and a short account of the chosen parameters.
/// </summary>
public abstract class ForecastCandidate
{
    public abstract string Id { get; }

    public abstract string Description { get; }

    public abstract FittedForecaster Fit(IReadOnlyList<IssueFeatures> training);

    protected static double Mae(IReadOnlyList<IssueFeatures> issues, Func<IssueFeatures, double> forecast)
    {
        double sum = 0;
        int n = 0;
        foreach (var issue in issues)
        {
            double f = forecast(issue);
            if (!double.IsFinite(f)) continue;
            sum += Math.Abs(f - issue.Outcome);
            n++;
        }
        return n > 0 ? sum / n : double.PositiveInfinity;
    }

    protected static IEnumerable<double> Grid(double from, double to, double step)
    {
        int steps = (int)Math.Round((to - from) / step);
        for (int i = 0; i <= steps; i++) yield return Math.Round(from + i * step, 10);
    }
}

/// <summary>A candidate after fitting: a forecast per issue and the parameters it settled on.</summary>
public sealed record FittedForecaster(Func<IssueFeatures, double> Forecast, string Parameters, object? State = null);
