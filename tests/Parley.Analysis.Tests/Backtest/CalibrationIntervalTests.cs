using Parley.Analysis.Backtest.Calibration;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Baseline;
using Parley.Models.Ensemble;

namespace Parley.Analysis.Tests.Backtest;

public class CalibrationIntervalTests
{
    [Fact]
    public void The_range_rule_gives_a_valid_scenario_with_ranges_inside_the_scales()
    {
        var s = MonteCarloIntervals.WithRanges(TestScenarios.WithoutRanges(TestScenarios.Flagship()));
        Assert.Empty(ScenarioValidator.Validate(s));
        var usa = s.FindStance("USA", "sanctions")!;
        Assert.Equal(new Interval(75, 95), usa.PositionRange);
        Assert.Equal(new Interval(65, 100), usa.SalienceRange);
        Assert.Equal(new Interval(80, 120), s.Actors[0].CapabilityRange);
    }

    [Fact]
    public void Monte_Carlo_intervals_nest_and_are_reproducible()
    {
        var compiled = CompiledScenario.Compile(TestScenarios.HandCheck());
        var a = new MonteCarloIntervals(new CompromiseModel(), runs: 300, seed: 5);
        var b = new MonteCarloIntervals(new CompromiseModel(), runs: 300, seed: 5);
        var fifty = a.Interval(compiled, 0, 0.5)!.Value;
        var ninety = a.Interval(compiled, 0, 0.9)!.Value;
        Assert.True(ninety.Low <= fifty.Low && fifty.High <= ninety.High && fifty.Width > 0);
        Assert.Equal(ninety, b.Interval(compiled, 0, 0.9));
    }

    [Fact]
    public void Ensemble_spread_intervals_are_centred_on_the_ensemble_and_widen_with_the_level()
    {
        var compiled = CompiledScenario.Compile(TestScenarios.HandCheck());
        var ensemble = new EnsembleModel([new CompromiseModel(), new WeightedMedianModel(), new NashBargainingModel()]);
        var intervals = new EnsembleSpreadIntervals(ensemble);
        var fifty = intervals.Interval(compiled, 0, 0.5)!.Value;
        var ninety = intervals.Interval(compiled, 0, 0.9)!.Value;
        // Members 50, 40, 30: mean 40, sd √(200/3) ≈ 8.165; z(0.75) ≈ 0.6745, z(0.95) ≈ 1.6449.
        Assert.Equal(40, (fifty.Low + fifty.High) / 2, 9);
        Assert.Equal(2 * 0.67449 * Math.Sqrt(200.0 / 3), fifty.Width, 3);
        Assert.Equal(2 * 1.64485 * Math.Sqrt(200.0 / 3), ninety.Width, 3);
    }
}
