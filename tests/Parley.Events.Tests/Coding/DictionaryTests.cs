using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Text;

namespace Parley.Events.Tests.Coding;

/// <summary>Readers of the PETRARCH dictionary formats, on small inline dictionaries.</summary>
public class DictionaryTests
{
    [Fact]
    public void Actor_entries_hold_synonyms_and_date_restricted_codes()
    {
        var actors = new ActorDictionary();
        actors.Load(new StringReader("""
            VLADIMIR_PUTIN_  # comment
            +PUTIN_
            +PRESIDENT_VLADIMIR_PUTIN_
            	[RUSELI 700101-990809]
            	[RUSGOV 990809-000507]
            	[RUSGOV >080508]
            	[RUSELI]
            THE_UNITED_NATIONS_ [IGOUNO]
            """), "test");
        Assert.Equal(2, actors.EntryCount);
        var tokens = Tokenizer.Tokenize("President Vladimir Putin spoke");
        Assert.Equal(3, actors.Phrases.Match(tokens, 0, out var putin));
        Assert.Equal("RUSELI", putin!.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSGOV", putin.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("RUSELI", putin.CodeOn(new DateOnly(2005, 1, 1)));
        Assert.Equal("RUSGOV", putin.CodeOn(new DateOnly(2019, 11, 25)));
        Assert.True(putin.IsDateRestricted);
    }

    [Fact]
    public void Agents_expand_substitution_sets_and_match_plurals()
    {
        var agents = new AgentDictionary();
        agents.Load(new StringReader("""
            !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
            CATTLE!PERSON! [~AGR]
            VICE_FOREIGN_MINISTER [~GOV]
            """), "test");
        Assert.Equal(1, agents.Phrases.Match(Tokenizer.Tokenize("cattlewomen"), 0, out var cattle));
        Assert.Equal("AGR", cattle!.Role);
        Assert.Equal(3, agents.Phrases.Match(Tokenizer.Tokenize("vice foreign ministers"), 0, out var vice));
        Assert.Equal("GOV", vice!.Role);
    }

    [Fact]
    public void Verb_blocks_generate_forms_and_read_patterns()
    {
        var verbs = new VerbDictionary();
        verbs.Load(new StringReader("""
            &CURRENCY
            +DOLLAR
            +EURO

            ---  VISIT   [042:043]  ---
            VISIT
            - * (FOR TALKS)                                       [046:046]     # VISIT

            ---  OFFER   [030]  ---
            OFFER
            +PUT_FORWARD {+PUTS_FORWARD +PUT_FORWARD}
            - * &CURRENCY                                         [0331]        # OFFER
            - IN_* [:111]
            """), "test");
        Assert.Equal(2, verbs.Blocks.Count);
        Assert.Equal(1, verbs.Forms.Match(Tokenizer.Tokenize("visited"), 0, out var visit));
        Assert.Equal("042", visit!.DefaultCode.Primary);
        Assert.Equal("043", visit.DefaultCode.Paired);
        Assert.Equal(2, verbs.Forms.Match(Tokenizer.Tokenize("puts forward"), 0, out _));
        var offer = verbs.Blocks[1];
        Assert.Equal(2, offer.Patterns.Count);
        Assert.Equal("CURRENCY", offer.Patterns[0].After[0].Words[0].Synset?.TrimStart('&'));
        Assert.Null(offer.Patterns[1].Code.Primary);
        Assert.Equal("111", offer.Patterns[1].Code.Paired);
        Assert.True(offer.Patterns[1].Before[0].AdjacentToVerb);

        var tokens = Tokenizer.Tokenize("Arnor offered euros to Gondor");
        Assert.True(PatternMatcher.Matches(offer.Patterns[0], tokens, 0, 1, 2, tokens.Count, verbs.Synsets));
        var talks = Tokenizer.Tokenize("Arnor visited Gondor for talks");
        Assert.True(PatternMatcher.Matches(verbs.Blocks[0].Patterns[0], talks, 0, 1, 2, talks.Count, verbs.Synsets));
    }

    [Theory]
    [InlineData("STOP", "STOPPED")]
    [InlineData("CARRY", "CARRIED")]
    [InlineData("URGE", "URGING")]
    [InlineData("PUSH", "PUSHES")]
    public void Regular_verb_forms(string verb, string form) => Assert.Contains(form, VerbDictionary.Inflections(verb));

    [Fact]
    public void Default_dictionaries_are_embedded_and_complete()
    {
        var d = CodingDictionaries.Default;
        Assert.True(d.Actors.EntryCount > 20_000, $"{d.Actors.EntryCount} actors");
        Assert.True(d.Verbs.Blocks.Count > 350);
        Assert.True(d.Verbs.PatternCount > 4_000);
    }
}
