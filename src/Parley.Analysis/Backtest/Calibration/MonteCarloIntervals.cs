using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Backtest.Calibration;

/// <summary>
/// The uncertainty analysis's intervals, checked against real outcomes: a Monte Carlo of the model
/// over uncertainty ranges put on every number of the issue (DEU records none), 50 % interval =
/// quartiles, 90 % interval = 5th–95th percentiles of the simulated outcomes. The ranges follow one
/// documented rule — position ± <see cref="PositionPoints"/> points (inside the scale), salience
/// ± <see cref="SaliencePoints"/> points, capability ± <see cref="CapabilityShare"/> — the kind of
/// band an analyst writes when unsure; the check says whether such bands are honest.
/// </summary>
public sealed class MonteCarloIntervals(IBargainingModel model, int runs = 400, ulong seed = 1) : IIntervalForecaster
{
    public const double PositionPoints = 10, SaliencePoints = 20, CapabilityShare = 0.2;

    // The backtest asks for two levels of the same issue in turn; simulate once.
    private (CompiledScenario Scenario, MonteCarloResult Result)? last;

    public string Id => model.Id + "+montecarlo";

    public string Description =>
        $"{model.Name}: Monte Carlo ({runs} PERT runs) over position ±{PositionPoints}, salience ±{SaliencePoints} points, capability ±{CapabilityShare:P0}";

    public Interval? Interval(CompiledScenario scenario, int dimension, double level)
    {
        if (last is not { } cached || !ReferenceEquals(cached.Scenario, scenario))
        {
            var result = MonteCarloSimulation.Run(WithRanges(scenario.Source), [model], new MonteCarloOptions(runs, seed, Threads: 1));
            last = cached = (scenario, result);
        }
        var d = cached.Result[0, dimension];
        return level switch
        {
            0.5 => new Interval(d.P25, d.P75),
            0.9 => new Interval(d.P05, d.P95),
            _ => null,
        };
    }

    /// <summary>The scenario with the rule's ranges on every position, salience and capability.</summary>
    public static Scenario WithRanges(Scenario s)
    {
        double top = s.SalienceScale.Maximum(), points = s.SalienceScale.FromFraction(SaliencePoints / 100);
        return s with
        {
            Actors = s.Actors.Select(a => a with { CapabilityRange = new Core.Interval(a.Capability * (1 - CapabilityShare), a.Capability * (1 + CapabilityShare)) }).ToValueList(),
            Stances = s.Stances.Select(x =>
            {
                var scale = s.Dimensions[s.DimensionIndex(x.DimensionId)].Scale;
                return x with
                {
                    PositionRange = new Core.Interval(Math.Max(scale.Min, x.Position - PositionPoints), Math.Min(scale.Max, x.Position + PositionPoints)),
                    SalienceRange = new Core.Interval(Math.Max(0, x.Salience - points), Math.Min(top, x.Salience + points)),
                };
            }).ToValueList(),
        };
    }
}
