using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Tests.Uncertainty;

public class MonteCarloTests
{
    private static IReadOnlyList<IBargainingModel> Baselines() =>
        ModelCatalog.All.Where(e => e.Id is "mean" or "median" or "nbs").Select(e => ModelCatalog.Default(e.Id)).ToList();

    [Fact]
    public void Zero_width_ranges_reproduce_the_point_forecast_exactly()
    {
        var scenario = TestScenarios.WithZeroWidthRanges(TestScenarios.Flagship());
        var models = Baselines();
        var result = MonteCarloSimulation.Run(scenario, models, new MonteCarloOptions(Runs: 1000, Seed: 3));
        var compiled = CompiledScenario.Compile(scenario);
        for (int m = 0; m < models.Count; m++)
        {
            var point = models[m].Run(compiled);
            for (int d = 0; d < compiled.DimensionCount; d++)
            {
                var dist = result[m, d];
                Assert.Equal(point.Dimensions[d].Outcome, dist.Mean);
                Assert.Equal(point.Dimensions[d].Outcome, dist.P05);
                Assert.Equal(point.Dimensions[d].Outcome, dist.P95);
            }
        }
    }

    [Theory]
    [InlineData(InputDistribution.Pert)]
    [InlineData(InputDistribution.Uniform)]
    [InlineData(InputDistribution.TruncatedNormal)]
    public void Same_seed_gives_identical_outcomes_on_one_and_several_threads(InputDistribution distribution)
    {
        var scenario = TestScenarios.Flagship();
        var models = Baselines();
        var one = MonteCarloSimulation.Run(scenario, models, new MonteCarloOptions(Runs: 3000, Seed: 11, distribution, Threads: 1));
        var four = MonteCarloSimulation.Run(scenario, models, new MonteCarloOptions(Runs: 3000, Seed: 11, distribution, Threads: 4));
        for (int m = 0; m < models.Count; m++) Assert.Equal(one.Outcomes[m], four.Outcomes[m]);
        Assert.Equal(one.Distributions.SelectMany(x => x).Select(x => (x.Mean, x.P05, x.P50, x.P95)), four.Distributions.SelectMany(x => x).Select(x => (x.Mean, x.P05, x.P50, x.P95)));
    }

    [Fact]
    public void Different_seeds_give_different_draws()
    {
        var scenario = TestScenarios.Flagship();
        var models = Baselines().Take(1).ToList();
        var a = MonteCarloSimulation.Run(scenario, models, new MonteCarloOptions(Runs: 500, Seed: 1));
        var b = MonteCarloSimulation.Run(scenario, models, new MonteCarloOptions(Runs: 500, Seed: 2));
        Assert.NotEqual(a.Outcomes[0], b.Outcomes[0]);
    }

    [Fact]
    public void Outcomes_stay_within_the_ranges_the_inputs_allow()
    {
        // The compromise model's outcome is a weighted mean of positions, so it cannot leave the span of their ranges.
        var scenario = TestScenarios.Flagship();
        var result = MonteCarloSimulation.Run(scenario, Baselines().Take(1).ToList(), new MonteCarloOptions(Runs: 2000, Seed: 5, InputDistribution.Uniform));
        for (int d = 0; d < scenario.Dimensions.Count; d++)
        {
            string id = scenario.Dimensions[d].Id;
            double low = scenario.Stances.Where(s => s.DimensionId == id).Min(s => s.PositionRange!.Value.Low);
            double high = scenario.Stances.Where(s => s.DimensionId == id).Max(s => s.PositionRange!.Value.High);
            for (int run = 0; run < 2000; run++) Assert.InRange(result.Outcomes[0][run * scenario.Dimensions.Count + d], low, high);
        }
    }

    [Fact]
    public void Histogram_counts_every_run_and_thresholds_match_the_raw_outcomes()
    {
        var scenario = TestScenarios.Flagship();
        var threshold = Threshold.Parse("sanctions>=60").Value;
        var result = MonteCarloSimulation.Run(scenario, Baselines().Take(1).ToList(), new MonteCarloOptions(Runs: 4000, Seed: 9) { Thresholds = [threshold] });
        int d = scenario.DimensionIndex("sanctions");
        var dist = result[0, d];
        Assert.Equal(4000, dist.Histogram.Sum(b => b.Count));
        int met = Enumerable.Range(0, 4000).Count(r => result.Outcomes[0][r * 4 + d] >= 60);
        Assert.Equal(met / 4000.0, Assert.Single(dist.Thresholds).Probability);
        Assert.True(dist.P05 <= dist.P25 && dist.P25 <= dist.P50 && dist.P50 <= dist.P75 && dist.P75 <= dist.P95);
    }

    [Fact]
    public void Cancellation_reports_the_finished_runs()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var result = MonteCarloSimulation.Run(TestScenarios.Flagship(), Baselines(), new MonteCarloOptions(Runs: 10_000, Seed: 1), cancellationToken: cancelled.Token);
        Assert.False(result.Complete);
        Assert.True(result.CompletedRuns < 10_000);
    }

    [Property(MaxTest = 500)]
    public Property Draws_stay_inside_the_range() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            double low = r.NextDouble() * 100, high = low + r.NextDouble() * 50, mode = low + (high - low) * r.NextDouble();
            foreach (var distribution in Enum.GetValues<InputDistribution>())
            {
                double x = distribution.Sample(r, low, mode, high);
                Assert.InRange(x, low, high);
            }
            Assert.Equal(7.5, InputDistribution.Pert.Sample(r, 7.5, 7.5, 7.5));
        });

    [Fact]
    public void Pert_draws_centre_on_the_written_value()
    {
        var random = new Random(1);
        double sum = 0;
        for (int i = 0; i < 200_000; i++) sum += InputDistribution.Pert.Sample(random, 0, 20, 100);
        // PERT mean = (low + 4·mode + high) / 6 = 180 / 6 = 30.
        Assert.Equal(30, sum / 200_000, 0.2);
    }

    [Theory]
    [InlineData("sanctions>=60", "sanctions", ">=", 60)]
    [InlineData("engagement < 25.5", "engagement", "<", 25.5)]
    public void Thresholds_parse(string text, string dimension, string op, double value)
    {
        var t = Threshold.Parse(text).Value;
        Assert.Equal((dimension, op, value), (t.DimensionId, t.Operator, t.Value));
    }

    [Theory]
    [InlineData("sanctions=60")]
    [InlineData(">=60")]
    [InlineData("sanctions>=high")]
    [InlineData("sanctions>=NaN")]
    public void Bad_thresholds_are_problems(string text) => Assert.False(Threshold.Parse(text).Success);
}
