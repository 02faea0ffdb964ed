using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Backtest.Calibration;

/// <summary>
/// Empirical intervals around a model's point forecast: forecast ± the <c>level</c> quantile of the
/// absolute errors the model made on training issues, clipped to the scale. Calibrated on its own
/// training data by construction; the check is whether that holds on issues it has not seen.
/// </summary>
public sealed class ResidualIntervals(IBargainingModel model, IReadOnlyList<double> trainingAbsoluteErrors) : IIntervalForecaster
{
    private readonly double[] errors = [.. trainingAbsoluteErrors.Where(double.IsFinite).Order()];

    public string Id => model.Id + "±residual";

    public string Description => $"{model.Name} ± the matching quantile of its absolute errors on the training issues";

    public Interval? Interval(CompiledScenario scenario, int dimension, double level)
    {
        if (errors.Length == 0) return null;
        Span<double> outcomes = stackalloc double[scenario.DimensionCount];
        model.Predict(scenario, outcomes);
        double center = outcomes[dimension];
        if (!double.IsFinite(center)) return null;
        double half = ProposalBootstrap.Quantile(errors, level);
        return new Interval(Math.Max(scenario.ScaleMin[dimension], center - half), Math.Min(scenario.ScaleMax[dimension], center + half));
    }
}
