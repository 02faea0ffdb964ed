using Parley.Core.Validation;

namespace Parley.Core.Tests.Validation;

public class ScenarioValidatorTests
{
    private static Scenario Valid() => new(
        "t",
        ValueList.Of(new Actor("A", "A", 1), new Actor("B", "B", 2)),
        ValueList.Of(new Dimension("d", "D", Scale.Default, StatusQuo: 10)),
        ValueList.Of(new Stance("A", "d", 20, 50), new Stance("B", "d", 80, 100)));

    [Fact]
    public void A_valid_scenario_built_in_code_has_no_problems() => Assert.Empty(ScenarioValidator.Validate(Valid()));

    [Fact]
    public void Range_that_excludes_its_value_is_named()
    {
        var s = Valid() with { Stances = ValueList.Of(new Stance("A", "d", 20, 50, PositionRange: new Interval(30, 40)), new Stance("B", "d", 80, 100)) };
        var problem = Assert.Single(ScenarioValidator.Validate(s));
        Assert.Equal(Rules.RangeExcludesValue, problem.Rule);
        Assert.Equal("stances[0].position_range", problem.Field);
    }

    [Fact]
    public void Capability_range_below_zero_is_refused()
    {
        var s = Valid() with { Actors = ValueList.Of(new Actor("A", "A", 1, new Interval(-1, 2)), new Actor("B", "B", 2)) };
        Assert.Equal(Rules.NegativeCapability, Assert.Single(ScenarioValidator.Validate(s)).Rule);
    }

    [Fact]
    public void Fraction_salience_scale_is_enforced_with_a_hint()
    {
        var s = Valid() with { SalienceScale = SalienceScale.Fraction };
        var problems = ScenarioValidator.Validate(s);
        Assert.All(problems, p => Assert.Equal(Rules.SalienceOutOfRange, p.Rule));
        Assert.Contains("salience_scale: 1", problems[0].Message);
    }

    [Fact]
    public void Compiling_an_invalid_scenario_is_a_programming_error()
    {
        var s = Valid() with { Stances = ValueList.Of(new Stance("A", "d", 20, 50)) };
        Assert.Throws<ArgumentException>(() => CompiledScenario.Compile(s));
    }

    [Fact]
    public void Compiled_arrays_are_dimension_major_with_fractional_salience()
    {
        var c = CompiledScenario.Compile(Valid());
        Assert.Equal([20.0, 80.0], c.Positions(0).ToArray());
        Assert.Equal([0.5, 1.0], c.Saliences(0).ToArray());
        Assert.Equal(10, c.StatusQuo[0]);
    }
}
