using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

/// <summary>The model's formulas against values worked out by hand (comments show the arithmetic).</summary>
public class FormulaTests
{
    [Fact]
    public void Basic_utilities_at_risk_neutrality_and_aversion()
    {
        // d = 0.25: U_s = 2 − 4·(0.5 − 0.125) = 0.5; U_f = 2 − 4·0.625 = −0.5
        Assert.Equal(0.5, Utilities.Success(0.25, 1), 15);
        Assert.Equal(-0.5, Utilities.Failure(0.25, 1), 15);
        // r = 2: U_s = 2 − 4·0.375² = 1.4375; U_sq = 2 − 4·0.25 = 1
        Assert.Equal(1.4375, Utilities.Success(0.25, 2), 15);
        Assert.Equal(1.0, Utilities.StatusQuo(2), 15);
        Assert.Equal(0.0, Utilities.StatusQuo(1), 15);
        // m = 1: U_b = 2 − 4·(0.5 − 0.25) = 1; U_w = 2 − 4·0.75 = −1
        Assert.Equal(1.0, Utilities.Better(1, 1), 15);
        Assert.Equal(-1.0, Utilities.Worse(1, 1), 15);
        // The full distance: success is worth 2, failure −2.
        Assert.Equal(2.0, Utilities.Success(1, 0.7), 15);
        Assert.Equal(-2.0, Utilities.Failure(1, 1), 15);
    }

    [Fact]
    public void Expected_utility_with_each_status_quo_term()
    {
        // s = 0.5, P = 0.25, U_s = 0.5, U_f = −0.5, U_sq = 0, U_b = 1, U_w = −1, Q = 0.5, T = 0.75
        // contest: 0.5·(0.25·0.5 + 0.75·(−0.5)) = −0.125; no resistance: 0.5·0.5 = 0.25
        // (1 − Q)·(T·U_b + (1 − T)·U_w) = 0.5·(0.75 − 0.25) = 0.25
        Assert.Equal(-0.125, Utilities.Expected(StatusQuoTerm.Full, 0.5, 0.25, 0.5, -0.5, 0, 1, -1, 0.5, 0.75), 15);
        Assert.Equal(0.125, Utilities.Expected(StatusQuoTerm.StatusQuoOnly, 0.5, 0.25, 0.5, -0.5, 0, 1, -1, 0.5, 0.75), 15);
        // dmasad's slip: − (Q·U_sq − (1 − Q)·…) = + 0.25
        Assert.Equal(0.375, Utilities.Expected(StatusQuoTerm.SignFlipped, 0.5, 0.25, 0.5, -0.5, 0, 1, -1, 0.5, 0.75), 15);
    }

    [Theory]
    [InlineData(1.0, 0.5)] // most exposed: (2/3)/(4/3)
    [InlineData(-1.0, 2.0)] // safest: (4/3)/(2/3)
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 5.0 / 7.0)] // (1 − 1/6)/(1 + 1/6)
    public void Risk_exponent_from_relative_exposure(double exposure, double expected) =>
        Assert.Equal(expected, Utilities.RiskExponent(exposure), 15);

    [Fact]
    public void Pair_normalised_and_net_linear_probabilities()
    {
        // Contenders a = 2 and b = 8 (no weight); voters at 0 (w 1), 4 (w 2), 10 (w 1).
        // |x_k − 8| − |x_k − 2|: 6 (for a), 2 (for a), −6 (for b).
        double[] x = [2, 8, 0, 4, 10], w = [0, 0, 1, 2, 1], r = [1, 1, 1, 1, 1];
        // For a: 1·6 + 2·2 = 10 of 16.
        Assert.Equal(10.0 / 16, WinProbability.Pair(ProbabilityRule.PairNormalised, x, w, r, 10, 0, 0, 1), 15);
        Assert.Equal(6.0 / 16, WinProbability.Pair(ProbabilityRule.PairNormalised, x, w, r, 10, 0, 1, 0), 15);
        // dmasad nets the votes: (6 + 4 − 6) / 16, and floors b's negative net at 0.
        Assert.Equal(4.0 / 16, WinProbability.Pair(ProbabilityRule.NetLinear, x, w, r, 10, 0, 0, 1), 15);
        Assert.Equal(0.0, WinProbability.Pair(ProbabilityRule.NetLinear, x, w, r, 10, 0, 1, 0), 15);
        // No contest between actors at the same place.
        Assert.Equal(0.0, WinProbability.Pair(ProbabilityRule.PairNormalised, [3, 3, 0], [1, 1, 1], [1, 1, 1], 3, 0, 0, 1));
    }

    [Fact]
    public void All_triples_denominator_makes_probabilities_tiny()
    {
        // Two actors at 0 and 1, weights 1, r = 1, Δ = 1. Voter 0's distances (0, 1), voter 1's (1, 0).
        // Denominator: every voter on both ordered pairs: 4 × 1 = 4. Numerator for 0: only voter 0, 1.
        var p = new double[4];
        WinProbability.Fill(ProbabilityRule.AllTriples, [0, 1], [1, 1], [1, 1], 1, 0, p, new double[4]);
        Assert.Equal(0.25, p[0 * 2 + 1], 15);
        Assert.Equal(0.25, p[1 * 2 + 0], 15);
        Assert.Equal(0.0, p[0], 15);
    }

    [Fact]
    public void Positive_votes_use_the_challengers_risk_on_unnormalised_distance()
    {
        // x = 0, 1, 3; w = 1; Δ = 3; r_a = 2. Votes 2·w·(|x_k − 1| − |x_k − 0|)/3: +2/3, −2/3, −2/3.
        // Preference 1 − |x_k − x|²: voter 0 prefers 0 (1 > 0); voter 1 prefers 1; voter 3: −8 < −3, prefers 1.
        double p = WinProbability.Pair(ProbabilityRule.PositiveVotes, [0, 1, 3], [1, 1, 1], [2, 2, 2], 3, 1e-4, 0, 1);
        Assert.Equal((2.0 / 3) / 2, p, 15);
    }

    [Fact]
    public void Median_rules_on_a_clear_case()
    {
        // Weights 1, 1, 3 at 1, 2, 3: 3 holds more than half.
        double[] x = [1, 2, 3], c = [1, 1, 3], s = [1, 1, 1], w = [1, 1, 3];
        foreach (var rule in new[] { MedianRule.WeightedMedian, MedianRule.PairwiseSequential, MedianRule.LargestMargin, MedianRule.VoteTotal })
        {
            Assert.Equal(3.0, MedianVoter.Find(rule, x, c, s, w, 2));
        }
        // (1 + 2 + 9) / 5
        Assert.Equal(12.0 / 5, MedianVoter.Find(MedianRule.WeightedMean, x, c, s, w, 2), 15);
    }

    [Fact]
    public void Offers_by_the_octant_rules()
    {
        var parley = ExpectedUtilityPresets.Parley;
        // Both gain, j more: i loses the confrontation and moves to j.
        Assert.True(OfferRules.TryClassify(parley, 0.2, 0.5, 0, 10, out var kind, out double at));
        Assert.Equal((OfferKind.Confrontation, 10.0), (kind, at));
        // Both gain, i more: nothing for i to accept.
        Assert.False(OfferRules.TryClassify(parley, 0.5, 0.2, 0, 10, out _, out _));
        // j gains 0.4, i loses 0.1: i concedes a quarter of the way.
        Assert.True(OfferRules.TryClassify(parley, -0.1, 0.4, 0, 10, out kind, out at));
        Assert.Equal((OfferKind.Compromise, 2.5), (kind, at));
        // i would lose more than j gains: it gives in.
        Assert.True(OfferRules.TryClassify(parley, -0.5, 0.4, 0, 10, out kind, out at));
        Assert.Equal((OfferKind.Capitulation, 10.0), (kind, at));
        // Neither gains: status quo.
        Assert.False(OfferRules.TryClassify(parley, -0.1, -0.2, 0, 10, out _, out _));
        // jmckib's typo: capitulation never fires.
        Assert.False(OfferRules.TryClassify(ExpectedUtilityPresets.Jmckib, -0.5, 0.4, 0, 10, out _, out _));
    }

    [Fact]
    public void Eum_counts_near_zero_as_zero_and_weights_the_compromise_point()
    {
        var eum = ExpectedUtilityPresets.Eum;
        // |E_i| < 1e-4 counts as 0: a compromise at (|E_i|·x_i + |E_j|·x_j) / (|E_i| + |E_j|).
        Assert.True(OfferRules.TryClassify(eum, 5e-5, 0.4, 0, 10, out var kind, out double at));
        Assert.Equal(OfferKind.Compromise, kind);
        Assert.Equal(0.4 * 10 / (0.4 + 5e-5), at, 12);
        // An exact tie |E_i| = E_j is a compromise in eum, no offer in Parley.
        Assert.True(OfferRules.TryClassify(eum, -0.4, 0.4, 0, 10, out kind, out at));
        Assert.Equal((OfferKind.Compromise, 5.0), (kind, at));
        Assert.False(OfferRules.TryClassify(ExpectedUtilityPresets.Parley, -0.4, 0.4, 0, 10, out _, out _));
        // A proposer's gain below the threshold is no offer at all.
        Assert.False(OfferRules.TryClassify(eum, -0.3, 5e-5, 0, 10, out _, out _));
    }

    [Fact]
    public void Least_move_takes_the_nearest_offer_of_any_kind()
    {
        var chooser = new OfferChooser(OfferChoice.LeastMove, 5);
        chooser.Consider(OfferKind.Confrontation, 9, 1, 9, 0.1, 0.2);
        chooser.Consider(OfferKind.Compromise, 4, 2, 0, -0.1, 0.4);
        chooser.Consider(OfferKind.Capitulation, 7, 3, 7, -0.5, 0.1);
        Assert.Equal((2, 4.0), (chooser.Best.Proposer, chooser.Best.Position));
    }

    [Fact]
    public void Scholz_priority_prefers_confrontations_then_the_lowest_weighted_compromise_point()
    {
        var chooser = new OfferChooser(OfferChoice.ScholzPriority, 5);
        // Compromise with a proposer at 10, to 5 + 5·0.1/0.4 = 6.25; weighted point (0.1·5 + 0.4·10) / 0.5 = 9.
        chooser.Consider(OfferKind.Compromise, 6.25, 1, 10, -0.1, 0.4);
        // Compromise with a proposer at 0, to 5 − 5·0.05/0.1 = 2.5: a larger move, but its weighted
        // point (0.05·5 + 0.1·0) / 0.15 ≈ 1.67 is lower, so Scholz's code takes it.
        chooser.Consider(OfferKind.Compromise, 2.5, 2, 0, -0.05, 0.1);
        Assert.Equal(2, chooser.Best.Proposer);
        // Any lost confrontation beats every compromise.
        chooser.Consider(OfferKind.Confrontation, 10, 3, 10, 0.1, 0.2);
        Assert.Equal(3, chooser.Best.Proposer);
    }

    [Fact]
    public void Priority_least_move_ranks_kinds_before_distance()
    {
        var chooser = new OfferChooser(OfferChoice.PriorityLeastMove, 5);
        chooser.Consider(OfferKind.Capitulation, 5.5, 1, 5.5, -0.5, 0.1);
        chooser.Consider(OfferKind.Compromise, 8, 2, 10, -0.1, 0.2);
        chooser.Consider(OfferKind.Compromise, 7, 3, 9, -0.1, 0.2);
        Assert.Equal(3, chooser.Best.Proposer);
    }
}
