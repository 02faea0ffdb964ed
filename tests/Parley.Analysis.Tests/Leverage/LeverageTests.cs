using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Analysis.Leverage;
using Parley.Core;
using Parley.Models;
using Parley.Models.Baseline;

namespace Parley.Analysis.Tests.Leverage;

public class LeverageTests
{
    [Fact]
    public void Zero_nudges_move_nothing()
    {
        var result = LeverageAnalysis.Run(TestScenarios.Flagship(), new CompromiseModel(), new LeverageOptions(0, 0, 0));
        Assert.All(result.Rows, r => Assert.Equal(0, r.Shift));
    }

    [Fact]
    public void Position_leverage_of_the_compromise_model_is_its_weight_share_times_the_nudge()
    {
        // Hand check on hand-check.yaml, spending_mix: weights A 100, B 100, C 100 → each holds 1/3;
        // moving B by +10 moves the weighted mean by 10/3.
        var result = LeverageAnalysis.Run(TestScenarios.HandCheck(), new CompromiseModel());
        var row = result.Rows.Single(r => r.Actor == "B" && r.Dimension == "spending_mix" && r.Parameter == LeverageParameter.Position && r.Delta > 0);
        Assert.Equal(10, row.Delta, 12);
        Assert.Equal(10.0 / 3, row.Shift, 12);
    }

    [Fact]
    public void Rows_are_ranked_by_the_size_of_the_shift()
    {
        var rows = LeverageAnalysis.Run(TestScenarios.Flagship(), new CompromiseModel()).Rows;
        for (int i = 1; i < rows.Length; i++) Assert.True(Math.Abs(rows[i - 1].Shift) >= Math.Abs(rows[i].Shift));
        // 7 actors × 4 dimensions × (2 position + 2 salience) + 7 actors × 2 capability × 4 dimensions.
        Assert.Equal(7 * 4 * 4 + 7 * 2 * 4, rows.Length);
    }

    [Fact]
    public void Pivotal_actor_holds_the_weighted_median()
    {
        var result = LeverageAnalysis.Run(TestScenarios.HandCheck(), new WeightedMedianModel());
        var pivotal = Assert.Single(result.Pivotal, p => p.Dimension == "spending_mix");
        Assert.Equal("B", pivotal.Actor);
        Assert.Equal(40, pivotal.Position);
        // The midpoint median of "borrowing" (45) sits on no actor: nobody alone is pivotal there.
        Assert.DoesNotContain(result.Pivotal, p => p.Dimension == "borrowing");
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var one = LeverageAnalysis.Run(TestScenarios.Flagship(), new WeightedMedianModel(), new LeverageOptions(Threads: 1));
        var many = LeverageAnalysis.Run(TestScenarios.Flagship(), new WeightedMedianModel(), new LeverageOptions(Threads: 4));
        Assert.Equal(one.Rows, many.Rows);
    }

    /// <summary>
    /// An actor with no capability has no say: adding one, with any stance, changes no model's
    /// forecast. (Every model in the catalog is checked, so new models are held to it too.)
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Dropping_an_actor_with_zero_capability_changes_nothing() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            var baseline = TestScenarios.Flagship();
            var ghost = new Actor("GHOST", "Ghost", 0);
            var stances = baseline.Dimensions.Select(d => new Stance("GHOST", d.Id, Math.Round(r.NextDouble() * 100, 1), Math.Round(r.NextDouble() * 100, 1)));
            var withGhost = baseline with { Actors = baseline.Actors.Append(ghost).ToValueList(), Stances = baseline.Stances.Concat(stances).ToValueList() };
            foreach (var entry in ModelCatalog.All)
            {
                var model = ModelCatalog.Default(entry.Id);
                var without = new double[4];
                var with = new double[4];
                model.Predict(CompiledScenario.Compile(baseline), without);
                model.Predict(CompiledScenario.Compile(withGhost), with);
                Assert.True(without.SequenceEqual(with), $"{entry.Id}: {string.Join(", ", without)} vs {string.Join(", ", with)}");
            }
        });
}

public class LeverageShortcutTests
{
    /// <summary>The same model without <see cref="IDimensionwisePredictor"/>, so leverage takes the full path.</summary>
    private sealed class Opaque(IBargainingModel inner) : IBargainingModel
    {
        public string Id => inner.Id;
        public string Name => inner.Name;
        public bool IsDynamic => inner.IsDynamic;
        public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default) => inner.Run(scenario, cancellationToken);
        public void Predict(CompiledScenario scenario, Span<double> outcomes) => inner.Predict(scenario, outcomes);
    }

    [Theory]
    [InlineData("mean")]
    [InlineData("median")]
    [InlineData("nbs")]
    [InlineData("eu")]
    [InlineData("fitted")]
    public void Recomputing_only_the_nudged_dimension_gives_the_full_answer(string id)
    {
        var model = ModelCatalog.Default(id);
        Assert.IsAssignableFrom<IDimensionwisePredictor>(model);
        var scenario = TestScenarios.Flagship();
        var fast = LeverageAnalysis.Run(scenario, model);
        var full = LeverageAnalysis.Run(scenario, new Opaque(model));
        Assert.Equal(full.Rows, fast.Rows);
    }

    [Theory]
    [InlineData("mean")]
    [InlineData("eu")]
    public void Predicting_one_dimension_matches_predicting_all(string id)
    {
        var model = ModelCatalog.Default(id);
        var compiled = CompiledScenario.Compile(TestScenarios.Flagship());
        var all = new double[compiled.DimensionCount];
        model.Predict(compiled, all);
        for (int k = 0; k < all.Length; k++) Assert.Equal(all[k], ((IDimensionwisePredictor)model).PredictDimension(compiled, k));
    }
}
