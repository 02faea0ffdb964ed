using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

public sealed class DecisionRuleFormatTests
{
    private const string Yaml = """
        title: Rules
        as_of: 2019-12-20
        sources:
          - {id: charter, citation: "UN Charter, Art. 27(3)"}
        decision_rule:
          rule: unanimity
          members: [A, B, C]
          agenda_setter: A
          rationale: Consensus among the parties.
          sources: [charter]
        dimensions:
          - id: x
            label: X
            status_quo: 50
            decision_rule:
              rule: unsc
              permanent: [A, B]
              veto_players: [D]
            observed: {value: 40, date: 2020-12-31, agreement: false, sources: [charter], note: No deal.}
          - id: y
            label: Y
            decision_rule:
              rule: weighted
              weights: {A: 3, B: 2, C: 2, D: 1}
              threshold: 5
              status_quo_fallback: false
          - id: z
            label: Z
            decision_rule:
              rule: weighted
              criteria:
                - {name: votes, weights: {A: 29, B: 29, C: 12}, threshold: 58}
                - {name: population, weights: {A: 80, B: 65, C: 10}, threshold: 96}
              min_members: 2
              wins_with_members: 3
          - id: w
            label: W
            decision_rule: {rule: majority, threshold: 0.75}
        actors:
          - {id: A, capability: 10}
          - {id: B, capability: 20}
          - {id: C, capability: 30}
          - {id: D, capability: 5}
        stances:
        #STANCES
        """;

    private static string WithStances(string text)
    {
        var lines = new StringBuilder();
        foreach (var a in new[] { "A", "B", "C", "D" })
        {
            foreach (var d in new[] { "x", "y", "z", "w" }) lines.Append($"  - {{actor: {a}, dimension: {d}, position: 50, salience: 50}}\n");
        }
        return text.Replace("#STANCES\n", lines.ToString(), StringComparison.Ordinal).Replace("#STANCES", lines.ToString(), StringComparison.Ordinal);
    }

    private static ParseResult<Scenario> Read(string text, string name = "rules.yaml") => ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void EveryKindOfRuleIsRead()
    {
        var result = Read(WithStances(Yaml));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var s = result.Value;
        Assert.Equal(new DecisionRule(DecisionRuleKind.Unanimity, ValueList.Of("A", "B", "C"), AgendaSetterId: "A", Rationale: "Consensus among the parties.", SourceIds: ValueList.Of("charter")), s.DecisionRule);
        Assert.Equal(DecisionRuleKind.Unsc, s.RuleFor(0).Kind);
        Assert.Equal(["A", "B", "D"], s.RuleFor(0).DeclaredVetoPlayers(s));
        Assert.Equal(["A", "B"], s.RuleFor(0).Members(s));
        Assert.Equal(new ObservedOutcome(40, new DateOnly(2020, 12, 31), false, ValueList.Of("charter"), "No deal."), s.Dimensions[0].Observed);
        Assert.True(s.Dimensions[0].Observed!.StatusQuoHeld(50));
        var y = s.RuleFor(1);
        Assert.False(y.StatusQuoIsFallback);
        Assert.Equal(VoteCriterion.DefaultName, Assert.Single(y.WeightCriteria).Name);
        Assert.Equal(5, y.WeightCriteria[0].Threshold);
        Assert.Equal(["A", "B", "C", "D"], y.Members(s));
        var z = s.RuleFor(2);
        Assert.Equal(["votes", "population"], z.WeightCriteria.Select(c => c.Name));
        Assert.Equal(2, z.MinimumMembers);
        Assert.Equal(3, z.WinsWithMembers);
        Assert.Equal(0.75, s.RuleFor(3).Threshold);
        Assert.Equal(["A", "B", "C", "D"], s.RuleFor(3).Members(s));
    }

    [Fact]
    public void WithoutARuleTheScenarioIsAConsensus()
    {
        var s = Read(WithStances(Yaml)).Value with { DecisionRule = null };
        Assert.Equal(DecisionRuleKind.Majority, s.RuleFor(3).Kind);
        s = s with { Dimensions = s.Dimensions.Select(d => d with { Rule = null }).ToValueList() };
        Assert.Equal(DecisionRule.Consensus, s.RuleFor(0));
        Assert.Equal(["A", "B", "C", "D"], s.RuleFor(0).DeclaredVetoPlayers(s));
    }

    [Fact]
    public void YamlAndJsonRoundTripTheRules()
    {
        var scenario = Read(WithStances(Yaml)).Value;
        string yaml = ScenarioYamlWriter.Write(scenario);
        Assert.Contains("weights: {A: 3, B: 2, C: 2, D: 1}", yaml);
        Assert.Equal(scenario, Read(yaml).Value);
        string json = ScenarioJsonWriter.Write(scenario);
        Assert.Contains("\"decision_rule\"", json);
        var fromJson = Read(json, "rules.json");
        Assert.True(fromJson.Success, string.Join("\n", fromJson.Problems));
        Assert.Equal(scenario, fromJson.Value);
    }

    [Theory]
    [InlineData("rule: unsc", "rule: plurality", Rules.InvalidDecisionRule, "dimensions[0].decision_rule.rule", "unknown decision rule 'plurality'")]
    [InlineData("members: [A, B, C]", "members: [A, B, Q]", Rules.UnknownActor, "decision_rule.members[2]", "member 'Q' is not among the actors")]
    [InlineData("members: [A, B, C]", "members: [A, B, A]", Rules.InvalidDecisionRule, "decision_rule.members[2]", "'A' is listed twice")]
    [InlineData("agenda_setter: A", "agenda_setter: Z", Rules.UnknownActor, "decision_rule.agenda_setter", "agenda setter 'Z'")]
    [InlineData("permanent: [A, B]", "permanent: []", Rules.InvalidDecisionRule, "dimensions[0].decision_rule.permanent", "needs the permanent members")]
    [InlineData("threshold: 5\n", "threshold: 9\n", Rules.InvalidDecisionRule, "dimensions[1].decision_rule.threshold", "threshold 9 must be above 0 and at most the total weight 8")]
    [InlineData("{A: 3, B: 2", "{A: -3, B: 2", Rules.InvalidDecisionRule, "dimensions[1].decision_rule.weights.A", "must be a finite number ≥ 0")]
    [InlineData("{A: 3, B: 2", "{Q: 3, B: 2", Rules.UnknownActor, "dimensions[1].decision_rule.weights.Q", "weight given to 'Q'")]
    [InlineData("threshold: 58}", "threshold: 580}", Rules.InvalidDecisionRule, "dimensions[2].decision_rule.criteria[0].threshold", "criterion 'votes': threshold 580")]
    [InlineData("min_members: 2", "min_members: 7", Rules.InvalidDecisionRule, "dimensions[2].decision_rule.min_members", "min_members 7 must lie between 0 and the 3 members")]
    [InlineData("threshold: 0.75", "threshold: 0.5", Rules.InvalidDecisionRule, "dimensions[3].decision_rule.threshold", "must lie above 0.5")]
    [InlineData("{rule: majority, threshold: 0.75}", "{rule: unanimity, threshold: 0.75}", Rules.InvalidDecisionRule, "dimensions[3].decision_rule.threshold", "a unanimity rule takes no threshold")]
    [InlineData("{rule: majority, threshold: 0.75}", "{rule: majority, weights: {A: 1}, threshold: 1}", Rules.InvalidDecisionRule, "dimensions[3].decision_rule.weights", "weights belong to a weighted rule")]
    [InlineData("status_quo_fallback: false", "status_quo_fallback: maybe", Rules.WrongType, "dimensions[1].decision_rule.status_quo_fallback", "expected true or false")]
    [InlineData("min_members: 2", "min_members: 2.5", Rules.WrongType, "dimensions[2].decision_rule.min_members", "expected a whole number")]
    [InlineData("{value: 40,", "{value: 140,", Rules.ObservedOutOfScale, "dimensions[0].observed.value", "observed outcome 140 lies outside the scale")]
    [InlineData("date: 2020-12-31", "date: 2019-01-31", Rules.InvalidValue, "dimensions[0].observed.date", "before the scenario's as_of date")]
    [InlineData("agreement: false, sources: [charter]", "agreement: false, sources: [nope]", Rules.UnknownSource, "dimensions[0].observed.sources[0]", "source 'nope'")]
    [InlineData("    decision_rule: {rule: majority", "    decision_rule: {rul: majority", Rules.UnknownField, "dimensions[3].decision_rule.rul", "did you mean 'rule'?")]
    public void BadRulesAreLocated(string find, string replace, string rule, string field, string message)
    {
        string text = WithStances(Yaml);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        text = text[..at] + replace + text[(at + find.Length)..];
        var result = Read(text);
        Assert.False(result.Success);
        var problem = result.Problems.FirstOrDefault(p => p.Rule == rule && p.Field == field);
        Assert.True(problem is not null, "got: " + string.Join(" | ", result.Problems.Select(p => $"{p.Rule} {p.Field} {p.Message}")));
        Assert.Contains(message, problem.Message);
        Assert.NotNull(problem.Location);
    }
}
