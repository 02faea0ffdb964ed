using System.Text;
using FsCheck.Xunit;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

/// <summary>Decide's tagged CSV: every shipped input reads, every damage is reported where it is.</summary>
public sealed class DecideCsvReaderTests
{
    private static string Input(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "exchange", "inputs", name));

    private static readonly string Sample = Input("sample_data.txt");

    [Theory]
    [InlineData("sample_data.txt", 10, 6, 60, ScenarioFormat.DecideCsv)]
    [InlineData("copenhagen.csv", 11, 7, 75, ScenarioFormat.DecideCsv)]
    [InlineData("cop21.csv", 15, 13, 181, ScenarioFormat.DecideCsv)]
    [InlineData("verkiezing_2012.csv", 11, 11, 108, ScenarioFormat.DecideCsv)]
    [InlineData("time_50x10.csv", 50, 10, 500, ScenarioFormat.DecideCsv)]
    public void Every_shipped_input_reads_with_decides_counts(string name, int actors, int issues, int actorIssues, ScenarioFormat format)
    {
        string text = Input(name);
        Assert.Equal(format, ScenarioReader.Detect(name, text));
        var problems = new ProblemList(name);
        var data = DecideCsvReader.Read(text, name, problems);
        Assert.True(data is not null, string.Join("\n", problems.Items));
        Assert.Equal(actors, data!.Actors.Length);
        Assert.Equal(issues, data.Issues.Length);
        Assert.Equal(actorIssues, data.ActorIssues.Length);

        // And as a Parley scenario: missing actor-issues become salience 0, so every model can run on it.
        var scenario = ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name);
        Assert.True(scenario.Success, string.Join("\n", scenario.Problems));
        Assert.Equal(actors * issues, scenario.Value.Stances.Count);
        Assert.Equal(actors * issues - actorIssues, scenario.Value.Stances.Count(s => s.Salience == 0));
    }

    [Fact]
    public void Scale_runs_from_the_first_scale_point_to_the_largest()
    {
        var data = DecideCsvReader.Read(Sample, "sample", new ProblemList())!;
        var issue = data.Issues.Single(i => i.Id == "tol-hoogte");
        Assert.Equal((0.5, 7.0), (issue.Lower, issue.Upper));
    }

    [Fact]
    public void Semicolon_files_without_quotes_read_too()
    {
        const string text = "#A;A;Alpha\n#A;B;Beta\n#P;x;X\n#M;x;0;low\n#M;x;10;high\n#D;A;x;2;0.5;1\n#D;B;x;8;0.6;2\n";
        var data = DecideCsvReader.Read(text, "semi", new ProblemList());
        Assert.NotNull(data);
        Assert.Equal(["A", "B"], data!.Actors.Select(a => a.Id));
        Assert.Equal((0.0, 10.0), (data.Issues[0].Lower, data.Issues[0].Upper));
        Assert.Equal(8, data.ActorIssues[1].Position);
    }

    [Theory]
    [InlineData("#A;A\n#P;x\n#D;A;x;abc;0.5;1\n", 3, 8, Rules.WrongType, "position")]
    [InlineData("#A;A\n#P;x\n#D;A;y;5;0.5;1\n", 3, 6, Rules.UnknownDimension, "issue")]
    [InlineData("#A;A\n#P;x\n#D;B;x;5;0.5;1\n", 3, 4, Rules.UnknownActor, "actor")]
    [InlineData("#A;A\n#P;x\n#D;A;x;5;-0.5;1\n", 3, 10, Rules.SalienceOutOfRange, "salience")]
    [InlineData("#A;A\n#P;x\n#D;A;x;5;0.5;-1\n", 3, 14, Rules.NegativeCapability, "power")]
    [InlineData("#A;A\n#P;x\n#D;A;x;5;0.5\n", 3, 10, Rules.MissingField, "power")]
    [InlineData("#A;A\n#P;x\n#D;A;x;500;0.5;1\n", 3, 1, Rules.PositionOutOfScale, "position")]
    [InlineData("#A;A\n#A;A\n#P;x\n#D;A;x;5;0.5;1\n", 2, 4, Rules.DuplicateId, "actor id")]
    [InlineData("#A;A\n#P;x\n#D;A;x;5;0.5;1\n#D;A;x;6;0.5;1\n", 4, 1, Rules.DuplicateStance, "actor-issue")]
    [InlineData("#A;A\n#P;x\n#Q;A;x;5;0.5;1\n", 3, 1, Rules.MalformedCsv, "row kind")]
    [InlineData("#A;A\n#P;x\n#M;x;5\n#M;x;5\n#D;A;x;5;0.5;1\n", 2, 1, Rules.InvalidScale, "issue 'x'")]
    [InlineData("'#A'\t'A\n", 1, 6, Rules.MalformedCsv, "quoted cell")]
    public void Each_damage_is_reported_with_line_column_field_and_rule(string text, int line, int column, string rule, string field)
    {
        var result = ScenarioReader.Read(Encoding.UTF8.GetBytes(text), "bad.csv", ScenarioFormat.DecideCsv);
        Assert.False(result.Success);
        var problem = result.Problems.First(p => p.Rule == rule);
        Assert.Equal("bad.csv", problem.File);
        Assert.Equal(new SourceLocation(line, column), problem.Location);
        Assert.Contains(field, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.csv:{line}:{column}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Power_that_differs_by_issue_is_refused_for_a_scenario_but_kept_for_the_exchange_model()
    {
        const string text = "#A;A\n#A;B\n#P;x\n#P;y\n#D;A;x;5;0.5;1\n#D;A;y;5;0.5;2\n#D;B;x;5;0.5;1\n#D;B;y;5;0.5;1\n";
        var problems = new ProblemList("p.csv");
        var data = DecideCsvReader.Read(text, "p", problems);
        Assert.NotNull(data);
        Assert.Null(DecideCsvReader.ToScenario(data!, problems));
        var problem = Assert.Single(problems.Items);
        Assert.Equal(new SourceLocation(6, 1), problem.Location);
        Assert.Contains("one capability per actor", problem.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_gives_problems_not_exceptions(string? text)
    {
        var result = ScenarioReader.Read(Encoding.UTF8.GetBytes("#A;" + (text ?? "")), "case.csv", ScenarioFormat.DecideCsv);
        return result.Success || !result.Problems.IsEmpty;
    }

    /// <summary>Random deletions, insertions and replacements in a real Decide file: problems (each with a line inside the file), never an exception.</summary>
    [Property(MaxTest = 400)]
    public bool Damaged_decide_files_give_located_problems(int seed)
    {
        var random = new Random(seed);
        var damaged = new StringBuilder(Sample);
        for (int edit = 0; edit < 1 + random.Next(4); edit++)
        {
            int at = random.Next(damaged.Length);
            switch (random.Next(4))
            {
                case 0: damaged.Remove(at, Math.Min(1 + random.Next(8), damaged.Length - at)); break;
                case 1: damaged.Insert(at, "\t'#;-9e999x\n"[random.Next(12)]); break;
                case 2: damaged.Insert(at, "\n'#Q'\t'z'\n"); break;
                default: damaged[at] = "0123456789'.-#\t \n"[random.Next(17)]; break;
            }
        }
        string text = damaged.ToString();
        int lines = text.Split('\n').Length;
        var result = ScenarioReader.Read(Encoding.UTF8.GetBytes(text), "case.txt", ScenarioFormat.DecideCsv);
        if (result.Success) return result.Value.Actors.Count > 0;
        // Problems without a line are about the file as a whole (no actors, no issues, …).
        return result.Problems.All(p => p.Location is null
            ? p.Rule is Rules.EmptyScenario or Rules.MissingStance or Rules.NoWeight or Rules.EmptyFile
            : p.Location.Value.Line >= 1 && p.Location.Value.Line <= lines && p.Location.Value.Column >= 1);
    }
}
