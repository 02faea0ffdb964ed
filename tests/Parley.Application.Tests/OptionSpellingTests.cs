using Parley.Application.Problems;
using Parley.Core.Validation;

namespace Parley.Application.Tests;

public sealed class OptionSpellingTests
{
    [Fact]
    public void Each_face_spells_the_same_problem_its_own_way()
    {
        var problem = OptionKey.Add.Problem(Rules.DuplicateId, $"an actor 'X' already exists; use {OptionKey.Set.Token()} to change it or {OptionKey.Drop.Token()} it first");

        var cli = OptionSpelling.Cli.Spell(problem);
        Assert.Equal("--add", cli.Field);
        Assert.Equal("an actor 'X' already exists; use --set to change it or --drop it first", cli.Message);

        var web = OptionSpelling.Web.Spell(problem);
        Assert.Equal("add", web.Field);
        Assert.Equal("an actor 'X' already exists; use set to change it or drop it first", web.Message);
    }

    [Fact]
    public void The_key_of_a_problem_is_recoverable_and_unusual_names_are_spelled_as_documented()
    {
        Assert.Equal(OptionKey.Threshold, OptionKeys.Of(OptionKey.Threshold.Problem(Rules.InvalidValue, "x")));
        Assert.Null(OptionKeys.Of(new Problem(Rules.InvalidValue, "x", Field: "actors[0]")));
        Assert.Equal("--input-format", OptionSpelling.Cli.Spell(OptionKey.InputFormat));
        Assert.Equal("dist", OptionSpelling.Web.Spell(OptionKey.Distribution));
    }

    [Fact]
    public void Text_without_tokens_is_left_alone_including_braces_that_are_not_option_names()
    {
        var problem = new Problem(Rules.InvalidValue, "found '{{nonsense}}' and {x}", "file.yaml", Field: "actors[0]");
        Assert.Equal(problem, OptionSpelling.Cli.Spell(problem));
    }
}
