using Parley.Events.Coding.Text;

namespace Parley.Events.Tests.Coding;

/// <summary>Sentence splitting, tokens and dates relative to the article date.</summary>
public class TextLayerTests
{
    [Fact]
    public void Tokens_keep_offsets_join_dotted_initials_and_split_possessives()
    {
        const string s = "The U.S. envoy met Russia's deputy minister, Mr. Morgulov.";
        var tokens = Tokenizer.Tokenize(s);
        Assert.Equal("US", tokens[1].Norm);
        Assert.Equal("U.S.", s[tokens[1].Start..tokens[1].End]);
        int russia = tokens.FindIndex(t => t.Norm == "RUSSIA");
        Assert.Equal("'S", tokens[russia + 1].Norm);
        Assert.Contains(tokens, t => t.Text == "Mr.");
        Assert.Equal(".", tokens[^1].Text);
        foreach (var t in tokens) Assert.Equal(t.Text, s[t.Start..t.End]);
    }

    [Fact]
    public void Sentences_split_at_full_stops_but_not_after_abbreviations_and_at_blank_lines()
    {
        const string text = "Mr. Biegun spoke to U.S. officials. Gen. Smith left on Jan. 5.\nHe returned.\n\nA new paragraph";
        var spans = SentenceSplitter.Split(text);
        var sentences = spans.Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["Mr. Biegun spoke to U.S. officials.", "Gen. Smith left on Jan. 5.", "He returned.", "A new paragraph"], sentences);
        Assert.Equal(0, spans[2].Paragraph);
        Assert.Equal(1, spans[3].Paragraph);
    }

    [Theory]
    [InlineData("They met yesterday.", "2019-11-24", "yesterday")]
    [InlineData("They met on Wednesday.", "2019-11-20", "Wednesday")]
    [InlineData("They met on Monday.", "2019-11-25", "Monday")]
    [InlineData("They met on 20 November.", "2019-11-20", "explicit")]
    [InlineData("They met on December 30.", "2018-12-30", "explicit")]
    [InlineData("They met in April 2017.", "2017-04-01", "day unknown")]
    [InlineData("They met.", "2019-11-25", "article date")]
    public void Dates_are_counted_from_the_article_date(string sentence, string expected, string rule)
    {
        var date = RelativeDates.Resolve(Tokenizer.Tokenize(sentence), new DateOnly(2019, 11, 25), new DateOnly(2019, 11, 25));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Contains(rule, date.Rule);
    }

    [Fact]
    public void Following_day_counts_from_the_previous_sentence()
    {
        var date = RelativeDates.Resolve(Tokenizer.Tokenize("The following day they signed."), new DateOnly(2019, 11, 25), new DateOnly(2019, 11, 20));
        Assert.Equal(new DateOnly(2019, 11, 21), date.Date);
        var days = RelativeDates.Resolve(Tokenizer.Tokenize("In the days following, they talked."), new DateOnly(2019, 11, 25), new DateOnly(2019, 11, 20));
        Assert.Equal(new DateOnly(2019, 11, 20), days.Date);
        Assert.Contains("approximate", days.Rule);
    }
}
