using MathNet.Numerics.Distributions;
using Parley.Core;
using Parley.Models.Ensemble;

namespace Parley.Analysis.Backtest.Calibration;

/// <summary>
/// The ensemble's model spread read as an interval: the members' weighted mean ± z·sd, with z the
/// normal quantile of the level (0.674 for 50 %, 1.645 for 90 %), clipped to the scale. It asks
/// whether disagreement between models says anything about how far the truth lies.
/// </summary>
public sealed class EnsembleSpreadIntervals(EnsembleModel ensemble) : IIntervalForecaster
{
    public string Id => "ensemble+spread";

    public string Description => $"{ensemble.Name}: weighted mean ± z·sd of the members";

    public Interval? Interval(CompiledScenario scenario, int dimension, double level)
    {
        var forecast = ensemble.Run(scenario).Dimensions[dimension];
        if (forecast.Spread is not { } spread || !double.IsFinite(forecast.Outcome)) return null;
        double half = Normal.InvCDF(0, 1, 0.5 + level / 2) * spread.StandardDeviation;
        return new Interval(Math.Max(scenario.ScaleMin[dimension], forecast.Outcome - half), Math.Min(scenario.ScaleMax[dimension], forecast.Outcome + half));
    }
}
