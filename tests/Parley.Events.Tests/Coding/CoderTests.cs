using Parley.Events.Coding;
using Parley.Events.Coding.Dictionaries;

namespace Parley.Events.Tests.Coding;

/// <summary>Actors, event types and source/target on sentences, with the rules each decision records.</summary>
public class CoderTests
{
    private static readonly DateOnly Article = new(2019, 11, 25);

    private static List<CodedEvent> Code(string text, DateOnly? date = null) =>
        new EventCoder(CodingDictionaries.Default).Code(text, "test", date ?? Article).SelectMany(s => s.Events).ToList();

    private static string Row(CodedEvent e) => $"{e.SourceCode} {e.EventCode} {e.TargetCode}";

    [Fact]
    public void Role_nouns_join_the_country_and_capitals_stand_for_countries()
    {
        const string text = "North Korean Vice Foreign Minister Choe Son Hui visited Moscow on 20 November.";
        var e = Assert.Single(Code(text));
        Assert.Equal("PRKGOV 042 RUS", Row(e));
        Assert.Equal(new DateOnly(2019, 11, 20), e.Date);
        Assert.Contains("Vice Foreign Minister", e.SourceRule);
        Assert.Contains("Phoenix.agents.txt", e.SourceRule);
        Assert.Equal("Moscow", text[e.Target.Start..e.Target.End]);
        Assert.Equal("visited", text[e.Verb.Start..e.Verb.End]);
        Assert.StartsWith("North Korean", text[e.Source.Start..e.Source.End]);
        Assert.Contains("VISIT", e.EventRule);
    }

    [Fact]
    public void Date_restricted_codes_follow_the_event_date()
    {
        var early = Assert.Single(Code("Vladimir Putin criticised Germany.", new DateOnly(1995, 6, 1)));
        var late = Assert.Single(Code("Vladimir Putin criticised Germany.", new DateOnly(2019, 6, 1)));
        Assert.Equal("RUSELI", early.SourceCode);
        Assert.Equal("RUSGOV", late.SourceCode);
        Assert.Contains("dated entry", late.SourceRule);
    }

    [Fact]
    public void Patterns_beat_the_verb_default_and_compound_subjects_code_both_directions()
    {
        var events = Code("Russian Deputy Foreign Minister Igor Morgulov and US Special Representative for North Korea Stephen Biegun spoke by telephone.");
        Assert.Equal(["RUSGOV 041 USAGOV", "USAGOV 041 RUSGOV"], events.Select(Row).ToArray());
        Assert.Contains("BY TELEPHONE", events[0].EventRule);
    }

    [Fact]
    public void The_two_diplomats_are_the_last_two_actors_named()
    {
        var events = Code("Russian Deputy Foreign Minister Igor Morgulov flew to Seoul. Later US envoy Stephen Biegun arrived. The two diplomats met in Beijing.");
        Assert.Contains(events, e => Row(e) == "RUSGOV 040 USAGOV" && e.SourceRule.Contains("the two diplomats", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Surnames_introduced_after_a_role_are_resolved_later()
    {
        var events = Code("Russian Deputy Foreign Minister Igor Morgulov arrived on Monday. Morgulov criticised Japan.");
        Assert.Contains(events, e => Row(e) == "RUSGOV 111 JPN" || (e.SourceCode == "RUSGOV" && e.TargetCode == "JPN" && e.SourceRule.Contains("named earlier")));
    }

    [Fact]
    public void Passive_voice_swaps_source_and_target()
    {
        var e = Assert.Single(Code("Japan was criticised by China."));
        Assert.Equal("CHN", e.SourceCode);
        Assert.Equal("JPN", e.TargetCode);
        Assert.Contains("passive", e.SourceRule);
    }

    [Fact]
    public void With_objects_and_relative_subjects()
    {
        Assert.Contains(Code("The French president met with German officials in Paris."), e => e.SourceCode == "FRAGOV" && e.TargetCode == "DEUGOV" && e.EventCode.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_without_actor_or_verb_are_explained()
    {
        var reports = new EventCoder(CodingDictionaries.Default).Code("The weather was fine. Russia expressed hope.", "t", Article);
        Assert.Empty(reports[0].Events);
        Assert.Contains(reports[0].Notes, n => n.Contains("no actor", StringComparison.Ordinal));
        Assert.Contains(reports[1].Notes, n => n.Contains("no target", StringComparison.Ordinal) || n.Contains("no event code", StringComparison.Ordinal));
    }

    [Fact]
    public void Lower_case_us_is_not_the_United_States()
    {
        Assert.DoesNotContain(Code("Russia told us that it would visit China."), e => e.SourceCode.StartsWith("USA", StringComparison.Ordinal) || e.TargetCode.StartsWith("USA", StringComparison.Ordinal));
    }

    [Fact]
    public void Coding_is_deterministic()
    {
        const string text = "China and Russia agreed to cooperate. Japan accused North Korea of firing missiles.";
        var first = Code(text).Select(Row).ToList();
        var second = Code(text).Select(Row).ToList();
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
