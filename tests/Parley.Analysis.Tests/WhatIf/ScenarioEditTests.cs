using Parley.Analysis.WhatIf;
using Parley.Core.Validation;

namespace Parley.Analysis.Tests.WhatIf;

public class ScenarioEditTests
{
    [Fact]
    public void Set_position_salience_and_capability()
    {
        var edits = new[] { "RUS.sanctions.position=70", "RUS.sanctions.salience=90", "CHN.capability=95" }.Select(e => ScenarioEdit.ParseSet(e).Value);
        var edited = ScenarioEditor.Apply(TestScenarios.Flagship(), edits).Value;
        var stance = edited.FindStance("RUS", "sanctions")!;
        Assert.Equal((70.0, 90.0), (stance.Position, stance.Salience));
        Assert.Equal(95, edited.Actors[edited.ActorIndex("CHN")].Capability);
    }

    [Fact]
    public void A_set_value_outside_the_analysts_range_drops_that_range()
    {
        var edited = ScenarioEditor.Apply(TestScenarios.Flagship(), [ScenarioEdit.ParseSet("USA.sanctions.position=5").Value]).Value;
        Assert.Null(edited.FindStance("USA", "sanctions")!.PositionRange);
    }

    [Fact]
    public void Drop_removes_the_actor_and_its_stances()
    {
        var edited = ScenarioEditor.Apply(TestScenarios.Flagship(), [new ScenarioEdit.DropActor("JPN")]).Value;
        Assert.Equal(-1, edited.ActorIndex("JPN"));
        Assert.DoesNotContain(edited.Stances, s => s.ActorId == "JPN");
    }

    [Fact]
    public void Add_reads_an_actor_from_a_yaml_snippet()
    {
        var add = ScenarioEdit.ParseAdd("""
            id: EU
            name: European Union
            capability: 30
            stances:
              denuclearisation: {position: 85, salience: 40}
              sanctions: {position: 80, salience: 50}
              security: {position: 50, salience: 20}
              engagement: {position: 30, salience: 30}
            """);
        Assert.True(add.Success, string.Join("\n", add.Problems));
        var edited = ScenarioEditor.Apply(TestScenarios.Flagship(), [add.Value]).Value;
        Assert.Equal(8, edited.Actors.Count);
        Assert.Equal(80, edited.FindStance("EU", "sanctions")!.Position);
    }

    [Fact]
    public void Added_actor_missing_a_dimension_is_refused_by_the_scenario_rules()
    {
        var add = ScenarioEdit.ParseAdd("id: EU\ncapability: 30\nstances:\n  sanctions: {position: 80, salience: 50}\n").Value;
        var result = ScenarioEditor.Apply(TestScenarios.Flagship(), [add]);
        Assert.Contains(result.Problems, p => p.Rule == Rules.MissingStance);
    }

    [Theory]
    [InlineData("USA.sanctions.position", Rules.InvalidValue)]
    [InlineData("USA.sanctions.position=abc", Rules.WrongType)]
    [InlineData("USA.sanctions.colour=5", Rules.InvalidValue)]
    [InlineData("USA.position=5", Rules.InvalidValue)]
    [InlineData("USA.sanctions.position=NaN", Rules.WrongType)]
    public void Malformed_set_is_a_problem(string text, string rule) => Assert.Equal(rule, Assert.Single(ScenarioEdit.ParseSet(text).Problems).Rule);

    [Theory]
    [InlineData("XXX.sanctions.position=5", Rules.UnknownActor)]
    [InlineData("USA.tariffs.position=5", Rules.UnknownDimension)]
    [InlineData("USA.sanctions.position=150", Rules.PositionOutOfScale)]
    [InlineData("USA.sanctions.salience=150", Rules.SalienceOutOfRange)]
    [InlineData("USA.capability=-1", Rules.NegativeCapability)]
    public void Edits_that_break_the_scenario_are_refused(string text, string rule)
    {
        var result = ScenarioEditor.Apply(TestScenarios.Flagship(), [ScenarioEdit.ParseSet(text).Value]);
        Assert.Contains(result.Problems, p => p.Rule == rule);
    }
}
