using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Events.Import;
using Parley.Events.Reference;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>The line parsers on their own: known quirks by example, and random input that must never escape as an exception.</summary>
public class ParserTests
{
    private static readonly string[] GdeltLines = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt1Mixed));
    private static readonly string[] Gdelt2Lines = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt2Export));
    private static readonly string[] IcewsLines = File.ReadAllLines(Fixtures.Path(Fixtures.IcewsEvents));

    [Fact]
    public void Gdelt_event_codes_keep_their_leading_zero()
    {
        var batch = new EventBatch();
        var problem = GdeltEventParser.Version1.Parse(StringFields.SplitTabs(GdeltLines[0]), batch, 1);
        Assert.Null(problem);
        Assert.Equal("040", batch.GetString(0, EventText.CameoCode));
        Assert.Equal("04", batch.GetString(0, EventText.RootCode));
        Assert.Equal(QuadClass.VerbalCooperation, batch.Quads[0]);
    }

    [Theory]
    [InlineData(26, "42", "EventCode")]
    [InlineData(26, "", "EventCode")]
    [InlineData(26, "2101", "EventCode")]
    [InlineData(1, "19790231", "SQLDATE")]
    [InlineData(29, "5", "QuadClass")]
    [InlineData(30, "11", "GoldsteinScale")]
    [InlineData(30, "NaN", "GoldsteinScale")]
    [InlineData(25, "yes", "IsRootEvent")]
    [InlineData(31, "-3", "NumMentions")]
    [InlineData(0, "12a", "GLOBALEVENTID")]
    public void Gdelt_field_problems_name_the_field(int index, string value, string field)
    {
        var fields = GdeltLines[3].Split('\t');
        fields[index] = value;
        var batch = new EventBatch();
        var problem = GdeltEventParser.Version1.Parse(new StringFields(fields), batch, 7);
        Assert.NotNull(problem);
        Assert.Equal(field, problem.Value.Field);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Gdelt2_rows_are_not_gdelt1_rows()
    {
        var problem = GdeltEventParser.Version1.Parse(StringFields.SplitTabs(Gdelt2Lines[0]), new EventBatch(), 1);
        Assert.Equal("columns", problem!.Value.Field);
        Assert.Null(GdeltEventParser.Version2Parser.Parse(StringFields.SplitTabs(Gdelt2Lines[0]), new EventBatch(), 1));
    }

    [Fact]
    public void Parley_rows_resolve_actors_and_score_from_the_codebook()
    {
        var batch = new EventBatch();
        string?[] values = ["x1", "2019-11-20", "PRKGOV", "Russia", "042", "Visit", "Rinna 2019", null, "Choe Son Hui", null];
        Assert.Null(ParleyEventParser.Instance.Parse(new StringFields(values), batch, 2));
        Assert.Equal(("PRK", "RUS", "RUS"), (batch.GetString(0, EventText.SourceCountry), batch.GetString(0, EventText.TargetCountry), batch.GetString(0, EventText.TargetCode)));
        Assert.Equal(1.9, batch.Goldstein[0]);
        Assert.Equal("Rinna 2019", batch.GetString(0, EventText.Story));
    }

    [Theory]
    [InlineData("42", "cameo", "did you mean 042")]
    [InlineData("999", "cameo", "not in the CAMEO codebook")]
    [InlineData("", "cameo", "missing")]
    public void Parley_code_problems_explain_themselves(string code, string field, string text)
    {
        string?[] values = [null, "2019-11-20", "RUSGOV", "USAGOV", code, null, null, null, null, null];
        var problem = ParleyEventParser.Instance.Parse(new StringFields(values), new EventBatch(), 5);
        Assert.Equal(field, problem!.Value.Field);
        Assert.Contains(text, problem.Value.Message);
    }

    [Fact]
    public void Parley_events_without_id_get_a_stable_key_from_date_dyad_and_code()
    {
        string?[] a = [null, "2019-11-25", "RUSGOV", "USAGOV", "041", "call", null, null, null, null];
        string?[] b = [null, "2019-11-25", "RUSGOV", "USAGOV", "041", "call, reworded", "cited", null, null, null];
        var batch = new EventBatch();
        ParleyEventParser.Instance.Parse(new StringFields(a), batch, 1);
        ParleyEventParser.Instance.Parse(new StringFields(b), batch, 2);
        Assert.StartsWith("h:", batch.GetString(0, EventText.EventKey));
        Assert.Equal(batch.GetString(0, EventText.EventKey), batch.GetString(1, EventText.EventKey));
    }

    [Fact]
    public void Format_is_detected_from_the_first_line()
    {
        Assert.Equal(EventFormat.Gdelt1, FormatDetector.FromFirstLine(GdeltLines[0], out _));
        Assert.Equal(EventFormat.Gdelt2, FormatDetector.FromFirstLine(Gdelt2Lines[0], out _));
        Assert.Equal(EventFormat.Icews, FormatDetector.FromFirstLine(IcewsLines[0], out _));
        Assert.Equal(EventFormat.Gdelt2Mentions, FormatDetector.FromFirstLine(File.ReadLines(Fixtures.Path(Fixtures.Gdelt2Mentions)).First(), out _));
        Assert.Equal(EventFormat.ParleyCsv, FormatDetector.FromFirstLine("id,date,source,target,cameo,description", out _));
        Assert.Null(FormatDetector.FromFirstLine("a\tb\tc", out var reason));
        Assert.Contains("3 tab-separated fields", reason);
    }

    /// <summary>Random lines, and real lines with random damage, either parse or yield a problem; nothing throws.</summary>
    [Property(MaxTest = 300)]
    public void Random_text_never_escapes_the_line_parsers(string? text)
    {
        var line = text ?? "";
        var fields = StringFields.SplitTabs(line);
        var batch = new EventBatch(4);
        ParseAll(fields, batch);
        var icews = IcewsEventParser.FromHeader(IcewsLines[0].Split('\t'), out _)!;
        icews.Parse(fields, batch, 1);
        batch.Clear();
        GdeltMentionParser.Instance.Parse(fields, new MentionBatch(2), 1);
        ParleyEventParser.Instance.Parse(new StringFields(line.Split(',')), batch, 1);
    }

    public static Arbitrary<(int Line, int Field, string Value)> Damage() =>
        (from line in Gen.Choose(0, GdeltLines.Length - 1)
         from field in Gen.Choose(0, 60)
         from value in Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Gen.Elements("", "NA", "-", "0", "99999999999999999999", "1e308", "\"", "042", "2019-13-45", "\u00e9\u0000"))
         select (line, field, value ?? "")).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(ParserTests)])]
    public void Damaged_real_lines_parse_or_report_a_problem((int Line, int Field, string Value) damage)
    {
        foreach (var source in new[] { GdeltLines[damage.Line], Gdelt2Lines[damage.Line % Gdelt2Lines.Length], IcewsLines[1 + damage.Line % (IcewsLines.Length - 1)] })
        {
            var fields = source.Split('\t');
            if (damage.Field < fields.Length) fields[damage.Field] = damage.Value;
            var batch = new EventBatch(4);
            int committed = ParseAll(new StringFields(fields), batch);
            Assert.InRange(committed, 0, 4);
            for (int i = 0; i < batch.Count; i++)
            {
                Assert.InRange(CameoCodebook.RootOf(batch.Get(i, EventText.CameoCode)), 1, 20);
                Assert.True(double.IsFinite(batch.Goldstein[i]) && Math.Abs(batch.Goldstein[i]) <= 10);
            }
        }
    }

    /// <summary>The whole reading path (Sep, batching, bad-line accounting) on random file content.</summary>
    [Property(MaxTest = 100)]
    public void Random_files_are_read_to_the_end_without_exceptions(string[] lines)
    {
        using var files = new TempFiles();
        string text = string.Join("\n", (lines ?? []).Select(l => l ?? ""));
        foreach (var format in new[] { EventFormat.Gdelt1, EventFormat.Gdelt2, EventFormat.ParleyCsv })
        {
            string path = files.Write("random-" + format + ".txt", text);
            var entry = InputEntry.List(path)[0];
            var bad = new BadLines(path, strict: false);
            long good = 0;
            try
            {
                long rows = EventFileReader.ProduceEvents(entry, format, bad, new EventBatch(8), b => { good += b.Count; b.Clear(); return b; }, TestContext.Current.CancellationToken);
                Assert.Equal(rows, good + bad.Count);
            }
            catch (EventFileException)
            {
                // A file-level problem (no Parley header) is a reported outcome, not a crash.
            }
        }
    }

    private static int ParseAll(StringFields fields, EventBatch batch)
    {
        int before = batch.Count;
        if (!batch.IsFull) GdeltEventParser.Version1.Parse(fields, batch, 1);
        if (!batch.IsFull) GdeltEventParser.Version2Parser.Parse(fields, batch, 1);
        return batch.Count - before;
    }
}
