using Parley.Analysis.Deal;
using Parley.Analysis.Uncertainty;
using Parley.Core;

namespace Parley.Analysis.Tests.Uncertainty;

public class StatusQuoPersistenceTests
{
    /// <summary>
    /// Unanimity of A (40, fixed) and B (50, range 40–60), status quo 50: A wants less, so an increase
    /// never passes; a decrease passes exactly when B's draw is below 50. Uniform draws: P(SQ) = ½.
    /// </summary>
    private static Scenario Coin() => new(
        "coin",
        ValueList.Of(new Actor("A", "A", 1), new Actor("B", "B", 1)),
        ValueList.Of(new Dimension("x", "X", Scale.Default, StatusQuo: 50)),
        ValueList.Of(new Stance("A", "x", 40, 50), new Stance("B", "x", 50, 50, new Interval(40, 60))));

    [Fact]
    public void Share_of_empty_win_sets_matches_the_hand_computed_probability()
    {
        var outlook = StatusQuoPersistence.Estimate(Coin(), runs: 4000, seed: 11, distribution: InputDistribution.Uniform);
        Assert.InRange(outlook.Dimensions[0].StatusQuoProbability!.Value, 0.46, 0.54);
        // The procedural model ends at the status quo exactly when the win-set is empty here.
        Assert.Equal(outlook.Dimensions[0].StatusQuoProbability, outlook.Dimensions[0].ProceduralStatusQuoProbability);
    }

    [Fact]
    public void Same_seed_gives_the_same_answer_on_one_or_many_threads()
    {
        var one = StatusQuoPersistence.Estimate(TestScenarios.Flagship(), runs: 1500, seed: 9, threads: 1);
        var many = StatusQuoPersistence.Estimate(TestScenarios.Flagship(), runs: 1500, seed: 9, threads: 4);
        Assert.Equal(one.Dimensions.Select(d => d.StatusQuoProbability), many.Dimensions.Select(d => d.StatusQuoProbability));
        Assert.Equal(one.Dimensions.Select(d => d.ProceduralStatusQuoProbability), many.Dimensions.Select(d => d.ProceduralStatusQuoProbability));
    }

    [Fact]
    public void Undefined_without_a_status_quo_or_without_fallback()
    {
        var coin = Coin();
        var noFallback = coin with { DecisionRule = new DecisionRule(DecisionRuleKind.Unanimity, StatusQuoIsFallback: false) };
        Assert.Null(StatusQuoPersistence.Estimate(noFallback, runs: 10).Dimensions[0].StatusQuoProbability);
        var noStatusQuo = coin with { Dimensions = ValueList.Of(coin.Dimensions[0] with { StatusQuo = null }) };
        Assert.Null(StatusQuoPersistence.Estimate(noStatusQuo, runs: 10).Dimensions[0].StatusQuoProbability);
    }
}
