using Parley.Core;

namespace Parley.Analysis.Backtest.Calibration;

/// <summary>
/// Anything that gives a central interval for a dimension's outcome: the Monte Carlo and ensemble
/// intervals of the uncertainty analysis plug in here, as does <see cref="ResidualIntervals"/>.
/// The calibration check only needs this.
/// </summary>
public interface IIntervalForecaster
{
    string Id { get; }

    string Description { get; }

    /// <summary>The central interval expected to hold the outcome with probability <paramref name="level"/>; null if none.</summary>
    Interval? Interval(CompiledScenario scenario, int dimension, double level);
}
