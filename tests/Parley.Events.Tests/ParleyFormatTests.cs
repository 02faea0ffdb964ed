using Parley.Events.Import;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>Hand-entered events in Parley's CSV and YAML formats, including the flagship file.</summary>
public class ParleyFormatTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void The_flagship_events_file_imports_completely(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        var report = Databases.Import(ledger, Fixtures.Example("korea-2019-events.csv")).Single();
        Assert.Equal((EventFormat.ParleyCsv, 26L, 26L, 0L), (report.Format, report.RowsRead, report.Imported, report.BadLineCount));
        var call = Databases.Row(ledger, "parley", "k19-23");
        Assert.Equal(("RUSGOV", "RUS", "USAGOV", "USA"), ((string?)call["source_code"], (string?)call["source_country"], (string?)call["target_code"], (string?)call["target_country"]));
        Assert.Equal("041", call["cameo_code"]);
        Assert.Equal(1.0, Databases.Number(call["goldstein"]));
        Assert.Equal("https://eastasiaforum.org/2019/12/", call["story"]);
        Assert.Equal(21, Databases.Long(call["source_line"]) - 3);
    }

    [Fact]
    public void Yaml_events_import_item_by_item_with_line_numbers()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        string path = files.Write("events.yaml", """
            # hand-entered events
            events:
              - id: a1
                date: 2019-11-20
                source: PRKGOV
                target: RUSGOV
                cameo: "042"
                description: Visit to Moscow
                citation: Rinna 2019
              - id: a2
                date: 2019-11-25
                source: RUSGOV
                target: USAGOV
                cameo: 41
              - id: a3
                date: 2019-11-25
                source: Russia
                target: United States
                cameo: "041"
                colour: red
              - id: a4
                date: 2019-11-26
                source: USAGOV
                target: RUSGOV
                cameo: "041"
            """);
        using var ledger = test.Open();
        var report = Databases.Import(ledger, path).Single();
        Assert.Equal((EventFormat.ParleyYaml, 4L, 2L, 2L), (report.Format, report.RowsRead, report.Imported, report.BadLineCount));
        Assert.Equal((10L, "cameo"), (report.BadLines[0].Line, report.BadLines[0].Field));
        Assert.Contains("did you mean 041", report.BadLines[0].Message);
        Assert.Equal((15L, "colour"), (report.BadLines[1].Line, report.BadLines[1].Field));
        Assert.Equal("042", Databases.Row(ledger, "parley", "a1")["cameo_code"]);
        Assert.Equal(3, Databases.Long(Databases.Row(ledger, "parley", "a1")["source_line"]));
    }

    [Fact]
    public void A_broken_plain_scalar_is_a_file_problem_not_a_crash()
    {
        // Found by fuzz/run.sh (parley-yaml): YamlDotNet's scanner throws InvalidOperationException
        // instead of a YamlException on this input.
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        string path = files.Write("fuzzed.yaml", "events:\n  - id: a1\n    date: 2019-11-20\n    source: PRKGOV\n    [arget: RUSGOV\n    cameo: \"042\"\n \n    date: 2019-11-20\n      description: Visit\n");
        using var ledger = test.Open();
        var e = Assert.Throws<EventFileException>(() => Databases.Import(ledger, path));
        Assert.Equal("yaml", e.Field);
        Assert.Equal(0, ledger.CountEvents());
    }

    [Fact]
    public void Broken_yaml_is_a_file_problem_with_its_line()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        string path = files.Write("broken.yml", "events:\n  - id: a1\n    date: [2019\n");
        using var ledger = test.Open();
        var e = Assert.Throws<EventFileException>(() => Databases.Import(ledger, path));
        Assert.Equal("yaml", e.Field);
        Assert.NotNull(e.Line);
        string other = files.Write("other.yaml", "title: x\n");
        Assert.Equal("title", Assert.Throws<EventFileException>(() => Databases.Import(ledger, other)).Field);
        Assert.Equal(0, ledger.CountEvents());
    }

    [Fact]
    public void Csv_header_problems_stop_the_file()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        using var ledger = test.Open();
        string unknown = files.Write("u.csv", "date,source,target,cameo,weight\n2019-01-01,USA,RUS,040,3\n");
        Assert.Contains("unknown column 'weight'", Assert.Throws<EventFileException>(() => Databases.Import(ledger, unknown)).Reason);
        string missing = files.Write("m.csv", "date,source,cameo\n2019-01-01,USA,040\n");
        Assert.Contains("missing column(s) target", Assert.Throws<EventFileException>(() => Databases.Import(ledger, missing, EventFormat.ParleyCsv)).Reason);
    }
}
