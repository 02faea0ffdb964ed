using Parley.Analysis.WhatIf;
using Parley.Core;

namespace Parley.Analysis.Tests.WhatIf;

public class DecisionRuleEditTests
{
    [Fact]
    public void Dropping_an_actor_takes_it_out_of_the_decision_rules()
    {
        var flagship = TestScenarios.Flagship();
        var result = ScenarioEditor.Apply(flagship, [new ScenarioEdit.DropActor("USA")]);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var edited = result.Value;
        Assert.DoesNotContain("USA", edited.DecisionRule!.MemberIds!);
        var sanctions = edited.RuleFor(edited.DimensionIndex("sanctions"));
        Assert.Equal(["CHN", "RUS"], sanctions.PermanentMembers);
    }

    [Fact]
    public void A_weighted_rule_loses_the_dropped_actors_weight()
    {
        var rule = new DecisionRule(DecisionRuleKind.Weighted, AgendaSetterId: "A",
            Criteria: ValueList.Of(new VoteCriterion("votes", ValueList.Of(new ActorWeight("A", 3), new ActorWeight("B", 2)), 2)));
        var without = rule.WithoutActor("A");
        Assert.Null(without.AgendaSetterId);
        Assert.Equal([new ActorWeight("B", 2)], without.WeightCriteria[0].Weights);
    }
}
