using System.Globalization;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// Model choice inside the training data: the candidate (family and grid) with the lowest MAE in an
/// inner k-fold cross-validation by proposal on the training issues is chosen, then refitted on all
/// of them. Evaluated in an outer cross-validation this is nested cross-validation: the score counts
/// the cost of choosing, which picking the best candidate by its outer score would hide.
/// </summary>
public sealed class NestedSelectionCandidate(IReadOnlyList<ForecastCandidate> pool, int innerFolds, int seed) : ForecastCandidate
{
    public override string Id => "selected";

    public override string Description =>
        $"the candidate ({string.Join(", ", pool.Select(c => c.Id))}) with the lowest inner {innerFolds}-fold CV MAE on the training issues, refitted on them";

    public IReadOnlyList<ForecastCandidate> Pool => pool;

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        var fold = OutOfSample.Folds(training, innerFolds, seed);
        ForecastCandidate? best = null;
        double bestMae = double.PositiveInfinity;
        foreach (var candidate in pool)
        {
            double sum = 0;
            int n = 0;
            for (int f = 0; f < innerFolds; f++)
            {
                var inner = training.Where((_, i) => fold[i] != f).ToList();
                if (inner.Count == 0) continue;
                var fitted = candidate.Fit(inner);
                for (int i = 0; i < training.Count; i++)
                {
                    if (fold[i] != f) continue;
                    double forecast = fitted.Forecast(training[i]);
                    if (!double.IsFinite(forecast)) continue;
                    sum += Math.Abs(forecast - training[i].Outcome);
                    n++;
                }
            }
            double mae = n > 0 ? sum / n : double.PositiveInfinity;
            if (mae < bestMae - 1e-9) (bestMae, best) = (mae, candidate);
        }
        best ??= pool[0];
        var chosen = best.Fit(training);
        return new FittedForecaster(chosen.Forecast,
            string.Create(CultureInfo.InvariantCulture, $"{best.Id} (inner-CV MAE {bestMae:0.000}): {chosen.Parameters}"), chosen.State);
    }
}
