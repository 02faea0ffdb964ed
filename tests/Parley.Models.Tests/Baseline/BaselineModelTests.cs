using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Baseline;
using Parley.Tests.Shared;

namespace Parley.Models.Tests.Baseline;

public class BaselineModelTests
{
    private static DimensionView View(double[] x, double[] s, double[] c, double sq = double.NaN, double min = 0, double max = 100) => new(x, s, c, min, max, sq);

    [Fact]
    public void Median_is_the_position_where_cumulative_weight_passes_half()
    {
        // weights 1, 2, 1 (total 4); cumulative 1 at 0, 3 at 50 → 50 passes 2.
        Assert.Equal(50, new WeightedMedianModel().Solve(View([0, 50, 100], [1, 1, 1], [1, 2, 1])));
        // Unsorted input: weights 5 at 90, 1 at 10, 1 at 20 → 90 holds 5 of 7.
        Assert.Equal(90, new WeightedMedianModel().Solve(View([10, 90, 20], [1, 1, 1], [1, 5, 1])));
    }

    [Fact]
    public void Median_takes_the_midpoint_when_cumulative_weight_hits_half_exactly()
    {
        // weights 100, 50, 50 at 30, 60, 80: cumulative 100 = half at 30 → midpoint of 30 and 60.
        Assert.Equal(45, new WeightedMedianModel().Solve(View([30, 60, 80], [1, 0.25, 0.5], [1, 2, 1])));
        // Zero-weight actors between do not count as "the next position".
        Assert.Equal(50, new WeightedMedianModel().Solve(View([0, 10, 100], [1, 0, 1], [1, 1, 1])));
    }

    [Fact]
    public void Nash_solution_stays_at_the_status_quo_when_it_lies_between_the_actors()
    {
        // Any move hurts someone on the other side, and each actor may refuse a deal worse than d.
        Assert.Equal(40, new NashBargainingModel().Solve(View([0, 50, 100], [1, 0.5, 1], [1, 2, 1], sq: 40)));
    }

    [Fact]
    public void Nash_solution_for_two_actors_on_one_side_of_the_status_quo_by_hand()
    {
        // d = 0, x = 20 and 60, equal weights. Gains g1 = 400 − (x−20)², g2 = 3600 − (x−60)², feasible x ∈ [0, 40].
        // The optimum solves the first-order condition (x−20)/g1 + (x−60)/g2 = 0; between the two ideal points
        // the first term is ≥ 0 and the second < 0, so the root lies in [20, 40]. Check the condition itself.
        double x = new NashBargainingModel().Solve(View([20, 60], [1, 1], [1, 1], sq: 0));
        double g1 = 400 - (x - 20) * (x - 20), g2 = 3600 - (x - 60) * (x - 60);
        Assert.InRange(x, 20, 40);
        Assert.Equal(0, (x - 20) / g1 + (x - 60) / g2, 12);
    }

    [Fact]
    public void Nash_solution_with_an_actor_at_the_status_quo_cannot_move()
    {
        Assert.Equal(30, new NashBargainingModel().Solve(View([30, 80, 90], [1, 1, 1], [1, 5, 5], sq: 30)));
    }

    [Fact]
    public void Nash_solution_without_status_quo_uses_the_far_scale_end_as_disagreement()
    {
        // Symmetric actors at 20 and 80 on 0–100: worst points are 100 and 0 → reach 80 each → outcome 50.
        Assert.Equal(50, new NashBargainingModel().Solve(View([20, 80], [1, 1], [1, 1])), 12);
    }

    [Property(MaxTest = 300)]
    public Property Nash_solution_maximises_the_weighted_log_gain() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            int n = r.Next(1, 7);
            double[] x = Enumerable.Range(0, n).Select(_ => Math.Round(r.NextDouble() * 100, 1)).ToArray();
            double[] s = Enumerable.Range(0, n).Select(_ => 0.05 + r.NextDouble()).Select(v => Math.Min(v, 1)).ToArray();
            double[] c = Enumerable.Range(0, n).Select(_ => 1 + r.Next(10) * 1.0).ToArray();
            double d = Math.Round(r.NextDouble() * 100, 1);
            double best = new NashBargainingModel().Solve(View(x, s, c, sq: d));
            double Objective(double z)
            {
                double total = 0;
                for (int i = 0; i < n; i++)
                {
                    double gain = (d - x[i]) * (d - x[i]) - (z - x[i]) * (z - x[i]);
                    if (gain < 0) return double.NegativeInfinity;
                    total += c[i] * s[i] * Math.Log(gain);
                }
                return total;
            }
            // Brute force over a fine grid: nothing feasible beats the solution.
            double found = Objective(best);
            for (double z = 0; z <= 100; z += 0.01) Assert.True(Objective(z) <= found + 1e-9, $"z={z} beats {best}");
        });

    [Property(MaxTest = 300)]
    public Property Median_and_mean_do_not_depend_on_actor_order() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            int n = r.Next(1, 20);
            double[] x = Enumerable.Range(0, n).Select(_ => (double)r.Next(0, 101)).ToArray();
            double[] s = Enumerable.Range(0, n).Select(_ => r.Next(0, 11) / 10.0).ToArray();
            double[] c = Enumerable.Range(0, n).Select(_ => (double)r.Next(0, 5)).ToArray();
            s[0] = 1; c[0] = 1;
            int[] order = Enumerable.Range(0, n).OrderBy(_ => r.Next()).ToArray();
            var shuffled = View(order.Select(i => x[i]).ToArray(), order.Select(i => s[i]).ToArray(), order.Select(i => c[i]).ToArray());
            Assert.Equal(new WeightedMedianModel().Solve(View(x, s, c)), new WeightedMedianModel().Solve(shuffled));
            Assert.Equal(new CompromiseModel().Solve(View(x, s, c)), new CompromiseModel().Solve(shuffled), 9);
        });

    [Fact]
    public void Hand_check_example_gives_the_numbers_written_in_its_description()
    {
        var scenario = ScenarioReader.ReadFile(Fixtures.Repo("examples", "hand-check.yaml")).Value;
        var compiled = CompiledScenario.Compile(scenario);
        var mean = new CompromiseModel().Run(compiled);
        var median = new WeightedMedianModel().Run(compiled);
        var nbs = new NashBargainingModel().Run(compiled);
        Assert.Equal(50, mean["spending_mix"].Outcome, 12);
        Assert.Equal(40, median["spending_mix"].Outcome);
        Assert.Equal(30, nbs["spending_mix"].Outcome);
        Assert.Equal(50, mean["borrowing"].Outcome, 12);
        Assert.Equal(45, median["borrowing"].Outcome);
        Assert.Equal(40, nbs["borrowing"].Outcome);
    }

    [Fact]
    public void Predict_matches_Run_for_every_baseline()
    {
        var compiled = CompiledScenario.Compile(ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value);
        foreach (var model in new DimensionwiseModel[] { new CompromiseModel(), new WeightedMedianModel(), new NashBargainingModel() })
        {
            var outcomes = new double[compiled.DimensionCount];
            model.Predict(compiled, outcomes);
            Assert.Equal(model.Run(compiled).Dimensions.Select(d => d.Outcome), outcomes);
        }
    }
}
