using Parley.Cli;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests.Coding;

/// <summary><c>parley events code</c> in process: the flagship readout, the ledger, bad inputs.</summary>
public class CodeCommandTests
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
    public async Task Flagship_readout_gives_the_three_happenings_and_lands_in_the_ledger_once()
    {
        string readout = Fixtures.Example("korea-2019-readout.txt");
        var csv = await Parley("events", "code", readout, "--date", "2019-11-25", "--format", "csv");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(
            ["2019-11-20 PRKGOV 042 RUS", "2019-11-20 RUSGOV 030 PRK", "2019-11-22 RUSGOV 041 USAGOV", "2019-11-22 USAGOV 041 RUSGOV"],
            rows.Select(r => $"{r[2]} {r[3]} {r[5]} {r[4]}").ToArray());
        // The committed coded events are what the coder prints.
        Assert.Equal(File.ReadAllText(Fixtures.Example("korea-2019-readout-events.csv")), csv.Out);

        using var ledger = TestLedger.CreateDuckDb();
        var stored = await Parley("events", "code", readout, "--date", "2019-11-25", "--db", ledger.Db);
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.Contains("coded:korea-2019-readout.txt: 4 event(s) stored", stored.Error);
        var again = await Parley("events", "code", readout, "--date", "2019-11-25", "--db", ledger.Db);
        Assert.Contains("0 event(s) stored", again.Error);
        Assert.Contains("4 already there", again.Error);

        var dyad = await Parley("events", "dyad", "RUS", "USA", "--db", ledger.Db, "--by", "year", "--from", "2019", "--to", "2019", "--format", "csv");
        Assert.True(dyad.ExitCode == 0, dyad.ToString());
        Assert.Contains("2019,both,2,", dyad.Out);
    }

    [Fact]
    public async Task Explain_says_why_each_sentence_was_or_was_not_coded()
    {
        var run = await Parley("events", "code", Fixtures.Example("korea-2019-readout.txt"), "--date", "2019-11-25", "--explain");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("sentence 1", run.Out);
        Assert.Contains("no event", run.Out);
        Assert.Contains("pattern", run.Out);
        Assert.Contains("Phoenix.agents.txt", run.Out);
    }

    [Theory]
    [InlineData("binary.txt", "not a text file", "not-text")]
    [InlineData("latin1.txt", "not UTF-8", "invalid-encoding")]
    [InlineData("huge.txt", "characters long", "line-too-long")]
    [InlineData("broken.conllu", "10 tab-separated fields", "malformed-conllu")]
    [InlineData("badhead.conllu", "HEAD", "malformed-conllu")]
    public async Task Malformed_inputs_exit_2_with_file_line_and_rule(string name, string message, string rule)
    {
        using var files = new TempFiles();
        string path = files.PathOf(name);
        switch (name)
        {
            case "binary.txt": File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]); break;
            case "latin1.txt": File.WriteAllBytes(path, [.. "Russia met\nFran"u8.ToArray(), 0xE7, .. "ois.\n"u8.ToArray()]); break;
            case "huge.txt": File.WriteAllText(path, "Russia met China. " + new string('x', 200_000)); break;
            case "broken.conllu": File.WriteAllText(path, "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\n"); break;
            case "badhead.conllu": File.WriteAllText(path, "1\tRussia\tRussia\tPROPN\tNNP\t_\tx\tnsubj\t_\t_\n"); break;
        }
        var run = await Parley("events", "code", path, "--date", "2019-11-25");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.Contains(name, run.Error);
        Assert.Contains(rule, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_device_that_never_ends_is_refused_as_too_large()
    {
        // /dev/zero reports a length of 0; reading it whole ran out of memory (exit 1) before the bounded read.
        if (!File.Exists("/dev/zero")) return;
        var run = await Parley("events", "code", "/dev/zero", "--date", "2019-11-25");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("file-too-large", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public async Task Conllu_input_uses_the_parse()
    {
        using var files = new TempFiles();
        string path = files.Write("s.conllu", """
            # text = China accused Japan.
            1	China	China	PROPN	NNP	_	2	nsubj	_	_
            2	accused	accuse	VERB	VBD	_	0	root	_	_
            3	Japan	Japan	PROPN	NNP	_	2	obj	_	SpaceAfter=No
            4	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var run = await Parley("events", "code", path, "--date", "2019-11-25", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"source\": \"CHN\"", run.Out);
        Assert.Contains("\"target\": \"JPN\"", run.Out);
        Assert.Contains("dependency parse: nsubj", run.Out);
    }

    [Fact]
    public async Task Bad_date_is_refused()
    {
        var run = await Parley("events", "code", Fixtures.Example("korea-2019-readout.txt"), "--date", "25/11/2019");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--date", run.Error);
    }
}
