using Parley.Models;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// Shrinkage towards the reference point: forecast = mean + β (status quo − mean) where DEU gives
/// a reference point, the plain compromise elsewhere; β fitted.
/// </summary>
public sealed class ReferencePointCandidate : ForecastCandidate
{
    public override string Id => "reference-shrink";

    public override string Description => "compromise shrunk towards the reference point (status quo) by a fitted share β";

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        double bestBeta = 0, bestMae = double.PositiveInfinity;
        foreach (double beta in Grid(-0.5, 0.5, 0.05))
        {
            double mae = Mae(training, t => Forecast(t, beta));
            if (mae < bestMae - 1e-9) (bestMae, bestBeta) = (mae, beta);
        }
        return new FittedForecaster(t => Forecast(t, bestBeta), FormattableString.Invariant($"β = {bestBeta:0.##}"));
    }

    private static double Forecast(IssueFeatures t, double beta)
    {
        double mean = t.ModelForecasts[BuiltinModels.Compromise.Id];
        return double.IsNaN(t.ReferencePoint) ? mean : mean + beta * (t.ReferencePoint - mean);
    }
}
