using System.Text.Json;
using Parley.Cli;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary><c>parley events …</c> end to end, in process: exit codes, messages and output formats.</summary>
public class CommandTests
{
    private sealed record Run(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
    }

    private static async Task<Run> Parley(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ParleyApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new Run(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_then_dyad_matrix_top_and_affinity()
    {
        using var test = TestLedger.CreateDuckDb();
        string events = Fixtures.Example("korea-2019-events.csv");
        var import = await Parley("events", "import", events, "--db", test.Db);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("parley-csv", import.Out);
        Assert.Matches(@"│\s+26 │\s+26 │\s+0 │\s+0 │", import.Out);

        var again = await Parley("events", "import", events, "--db", test.Db, "--report", "json");
        using (var json = JsonDocument.Parse(again.Out))
        {
            var report = json.RootElement.GetProperty("imports")[0];
            Assert.Equal(0, report.GetProperty("imported").GetInt32());
            Assert.Equal(26, report.GetProperty("duplicates").GetInt32());
        }

        var dyad = await Parley("events", "dyad", "United States", "Russia", "--db", test.Db, "--from", "2019", "--to", "2019", "--by", "quarter");
        Assert.True(dyad.ExitCode == 0, dyad.ToString());
        Assert.Contains("2019-Q4", dyad.Out);
        Assert.Contains("United States (USA) – Russia (RUS)", dyad.Out);

        var csv = await Parley("events", "dyad", "USA", "RS", "--db", test.Db, "--by", "year", "--from", "2019", "--to", "2019", "--format", "csv");
        Assert.Equal("period,direction,count,goldstein_sum,goldstein_mean,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict\n" +
            "2019,both,2,2,1,2,0,0,0\n2019,USA->RUS,1,1,1,1,0,0,0\n2019,RUS->USA,1,1,1,1,0,0,0\n", csv.Out);

        var matrix = await Parley("events", "matrix", "--actors", "USA,RUS,CHN,PRK,KOR,JPN", "--db", test.Db, "--format", "json");
        using (var json = JsonDocument.Parse(matrix.Out))
        {
            Assert.Equal(10, json.RootElement.GetProperty("count")[1][3].GetInt32());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("goldstein_mean")[0][0].ValueKind);
        }

        var top = await Parley("events", "top", "--actor", "RUS", "--target", "USA", "--limit", "2", "--db", test.Db);
        Assert.True(top.ExitCode == 0, top.ToString());
        Assert.Contains("Most cooperative", top.Out);
        Assert.Contains("027", top.Out);

        var affinity = await Parley("events", "affinity", Fixtures.Example("korea-2019.yaml"), "--db", test.Db, "--window", "12m", "--format", "json");
        Assert.True(affinity.ExitCode == 0, affinity.ToString());
        using (var json = JsonDocument.Parse(affinity.Out))
        {
            Assert.Equal("2018-12-21", json.RootElement.GetProperty("from").GetString());
            Assert.Equal(20, json.RootElement.GetProperty("pairs").GetArrayLength());
        }
    }

    [Fact]
    public async Task Bad_lines_are_shown_and_strict_refuses_the_file()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        var lines = File.ReadAllLines(Fixtures.Example("korea-2019-events.csv"));
        lines[3] = lines[3].Replace(",163,", ",42,");
        string path = files.Write("events.csv", string.Join("\n", lines) + "\n");

        var strict = await Parley("events", "import", path, "--db", test.Db, "--strict");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains(path + ":4:1: cameo: '42' is not in the CAMEO codebook", strict.Error);
        Assert.Contains("[bad-event-line]", strict.Error);

        var lenient = await Parley("events", "import", path, "--db", test.Db);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("bad line", lenient.Error);
        Assert.Contains(":4: cameo:", lenient.Error);
        Assert.Matches(@"│\s+26 │\s+25 │\s+0 │\s+1 │", lenient.Out);
    }

    [Theory]
    [InlineData("events", "dyad", "USA", "Atlantis")]
    [InlineData("events", "dyad", "USA", "USA")]
    [InlineData("events", "dyad", "USA", "RUS", "--by", "week")]
    [InlineData("events", "dyad", "USA", "RUS", "--from", "2019-13")]
    [InlineData("events", "matrix", "--actors", "USA")]
    [InlineData("events", "top", "--actor", "RUS", "--limit", "0")]
    [InlineData("events", "dyad", "USA", "RUS", "--dataset", "phoenix")]
    [InlineData("events", "affinity", "missing.yaml")]
    public async Task Bad_options_exit_2_with_a_message(params string[] args)
    {
        using var test = TestLedger.CreateDuckDb();
        await Parley("events", "import", Fixtures.Example("korea-2019-events.csv"), "--db", test.Db);
        var run = await Parley([.. args, "--db", test.Db]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Queries_on_a_missing_ledger_say_how_to_create_it()
    {
        using var files = new TempFiles();
        string db = files.PathOf("none.duckdb");
        var run = await Parley("events", "dyad", "USA", "RUS", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("parley events import", run.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task An_unknown_format_and_a_missing_file_are_input_errors()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        string odd = files.Write("odd.txt", "a\tb\tc\n");
        var run = await Parley("events", "import", odd, "--db", test.Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot tell the format", run.Error);
        var missing = await Parley("events", "import", files.PathOf("nope.tsv"), "--db", test.Db);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);
    }

    [Fact]
    public async Task A_failed_first_import_leaves_no_new_ledger_behind()
    {
        // Issue 14: 'events import missing.tsv --db new.duckdb' left an empty ledger file.
        using var files = new TempFiles();
        string db = files.PathOf("new.duckdb");
        var missing = await Parley("events", "import", files.PathOf("missing.tsv"), "--db", db);
        Assert.Equal(2, missing.ExitCode);
        Assert.False(File.Exists(db), "a ledger file was created for a missing input");

        string odd = files.Write("odd.txt", "a\tb\tc\n");
        var unreadable = await Parley("events", "import", odd, "--db", db);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.False(File.Exists(db), "a ledger file was left behind after a failed first import");
    }
}
