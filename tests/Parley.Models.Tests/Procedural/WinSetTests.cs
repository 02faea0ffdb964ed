using Parley.Core;
using Parley.Models.Procedural;

namespace Parley.Models.Tests.Procedural;

/// <summary>Win-sets, cores and the procedural model on cases small enough to check by hand.</summary>
public class WinSetTests
{
    private static WinSet Analyse(CompiledScenario s) => WinSetAnalysis.Analyse(s, 0);

    private static double Procedural(CompiledScenario s) => new ProceduralModel().PredictDimension(s, 0);

    [Fact]
    public void Unanimity_with_the_status_quo_between_the_parties_has_an_empty_win_set()
    {
        // A at 20 wants less, B at 60 and C at 80 want more than 50: every move hurts someone.
        var s = OneDimension.Build([20, 60, 80], 50, new DecisionRule(DecisionRuleKind.Unanimity));
        var w = Analyse(s);
        Assert.True(w.IsEmpty);
        Assert.Equal(new Interval(20, 80), w.Core);
        Assert.True(w.StatusQuoInCore);
        Assert.Equal(["A"], w.BlockIncrease);
        Assert.Equal(["B", "C"], w.BlockDecrease);
        Assert.Equal("empty — B, C block any decrease; A blocks any increase", w.Describe());
        Assert.Equal(50, Procedural(s));
    }

    [Fact]
    public void Unanimity_win_set_ends_where_the_nearest_veto_player_is_indifferent()
    {
        // SQ 10; A at 20 accepts up to 2·20 − 10 = 30; B (110) and C (150) accept more.
        var s = OneDimension.Build([20, 60, 80], 10, new DecisionRule(DecisionRuleKind.Unanimity));
        var w = Analyse(s);
        Assert.Equal(new Interval(10, 30), w.Range);
        Assert.Equal("A", w.UpperPivot);
        Assert.Null(w.LowerPivot);
        Assert.Equal("10–30 — up to 30 (A indifferent there); A, B, C block any decrease", w.Describe());
        // Without a setter, equal weights: A proposes 20, B and C propose 30 → (20 + 30 + 30) / 3.
        Assert.Equal(80.0 / 3, Procedural(s), 12);
        // Setter C proposes its best point in the win-set: 30.
        Assert.Equal(30, Procedural(OneDimension.Build([20, 60, 80], 10, new DecisionRule(DecisionRuleKind.Unanimity, AgendaSetterId: "C"))));
    }

    [Fact]
    public void Simple_majority_needs_the_median_voter()
    {
        // SQ 10; supporters by reach: C 150, B 110, A 30. C alone is one of three; C and B win, reach 110 → capped at 100.
        var s = OneDimension.Build([20, 60, 80], 10, new DecisionRule(DecisionRuleKind.Majority, AgendaSetterId: "C"));
        var w = Analyse(s);
        Assert.Equal(new Interval(10, 100), w.Range);
        Assert.Null(w.UpperPivot);
        Assert.Equal(new Interval(60, 60), w.Core);
        Assert.Equal(80, Procedural(s));
        // SQ 90: supporters of a decrease by reach: A (−50), B (30); A and B win at 30 (B indifferent there).
        var w2 = Analyse(OneDimension.Build([20, 60, 80], 90, new DecisionRule(DecisionRuleKind.Majority)));
        Assert.Equal(new Interval(30, 90), w2.Range);
        Assert.Equal("B", w2.LowerPivot);
    }

    [Fact]
    public void Qualified_majority_share_is_a_lower_bound_on_the_supporters()
    {
        // Four members, threshold 0.75 → three needed. SQ 10: reaches D 170, C 150, B 110, A 30 → D+C+B win at 110 → 100.
        var s = OneDimension.Build([20, 60, 80, 90], 10, new DecisionRule(DecisionRuleKind.Majority, Threshold: 0.75));
        Assert.Equal(new Interval(10, 100), Analyse(s).Range);
        // SQ 70: increase supported by C (90), D (110): two of four, not enough; decrease by A (−30), B (50): not enough.
        Assert.True(Analyse(OneDimension.Build([20, 60, 80, 90], 70, new DecisionRule(DecisionRuleKind.Majority, Threshold: 0.75))).IsEmpty);
    }

    [Fact]
    public void Weighted_vote_counts_weights_against_the_threshold()
    {
        var weights = ValueList.Of(new ActorWeight("A", 3), new ActorWeight("B", 2), new ActorWeight("C", 2));
        // Threshold 5: the increase camp (B, C) has 4, the decrease camp (A) 3 → empty.
        var five = new DecisionRule(DecisionRuleKind.Weighted, Criteria: ValueList.Of(new VoteCriterion("votes", weights, 5)));
        Assert.True(Analyse(OneDimension.Build([20, 60, 80], 50, five)).IsEmpty);
        // Threshold 4: C alone (2) fails, C + B (4) pass, bounded by B at 2·60 − 50 = 70.
        var four = five with { Criteria = ValueList.Of(new VoteCriterion("votes", weights, 4)) };
        var w = Analyse(OneDimension.Build([20, 60, 80], 50, four));
        Assert.Equal(new Interval(50, 70), w.Range);
        Assert.Equal("B", w.UpperPivot);
        // Lisbon-style clause: any two members win whatever their weights, so under threshold 5 B + C pass again.
        var clause = five with { WinsWithMembers = 2 };
        Assert.Equal(new Interval(50, 70), Analyse(OneDimension.Build([20, 60, 80], 50, clause)).Range);
    }

    [Fact]
    public void Security_council_needs_every_permanent_member_and_nine_votes()
    {
        // A and B permanent, C elected; the twelve other seats follow the permanent members.
        var rule = new DecisionRule(DecisionRuleKind.Unsc, MemberIds: ValueList.Of("A", "B", "C"), PermanentMemberIds: ValueList.Of("A", "B"));
        var w = Analyse(OneDimension.Build([20, 60, 80], 50, rule));
        Assert.True(w.IsEmpty);
        Assert.Equal("empty — B blocks any decrease; A blocks any increase", w.Describe());
        // SQ 10: all want more; A (reach 30) is the last veto player to join: 30.
        Assert.Equal(new Interval(10, 30), Analyse(OneDimension.Build([20, 60, 80], 10, rule)).Range);
        // Eight elected members listed, all against (position 0, SQ 10): 15 − 10 = 5 absent seats,
        // A + B + 5 = 7 < 9 votes → empty, although both permanent members want more.
        double[] positions = [20, 60, 0, 0, 0, 0, 0, 0, 0, 0];
        var ids = ValueList.Of(Enumerable.Range(0, 10).Select(OneDimension.Id).ToArray());
        var council = new DecisionRule(DecisionRuleKind.Unsc, MemberIds: ids, PermanentMemberIds: ValueList.Of("A", "B"));
        Assert.True(Analyse(OneDimension.Build(positions, 10, council)).IsEmpty);
    }

    [Fact]
    public void Explicit_veto_players_outside_the_members_still_block()
    {
        // Majority of A, B; D (not a member) holds a veto and sits at the status quo's other side.
        var rule = new DecisionRule(DecisionRuleKind.Majority, MemberIds: ValueList.Of("A", "B"), VetoPlayerIds: ValueList.Of("D"));
        var w = Analyse(OneDimension.Build([70, 80, 0, 30], 50, rule));
        Assert.True(w.IsEmpty);
        Assert.Contains("D blocks any increase", w.Describe());
    }

    [Fact]
    public void An_indifferent_veto_player_does_not_block()
    {
        var s = OneDimension.Build([20, 60, 80], 50, new DecisionRule(DecisionRuleKind.Unanimity), saliences: [0, 50, 50]);
        Assert.Equal(new Interval(50, 70), Analyse(s).Range);
    }

    [Fact]
    public void Without_status_quo_fallback_the_setter_picks_its_best_core_point()
    {
        var rule = new DecisionRule(DecisionRuleKind.Unanimity, AgendaSetterId: "C", StatusQuoIsFallback: false);
        // Core of unanimity = the Pareto interval [20, 80]; C at 80 gets 80, although the SQ 50 would be stuck.
        Assert.Equal(80, Procedural(OneDimension.Build([20, 60, 80], 50, rule)));
        // No status quo at all: the same.
        Assert.Equal(80, Procedural(OneDimension.Build([20, 60, 80], null, rule with { StatusQuoIsFallback = true })));
    }

    [Fact]
    public void Procedural_model_is_registered()
    {
        var model = ModelCatalog.Default("procedural");
        var forecast = model.Run(OneDimension.Build([20, 60, 80], 50, null));
        Assert.Equal(50, forecast.Dimensions[0].Outcome);
        Assert.Contains(forecast.Dimensions[0].NoteList, n => n.StartsWith("win-set: empty", StringComparison.Ordinal));
    }
}
