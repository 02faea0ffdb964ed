using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary>The Spatial Model of Politics on the command line, including KTAB's command-line flaws (§6.9).</summary>
public sealed class SpatialModelCliTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab", "inputs", name);

    private static async Task<(int Exit, string Out, string Error)> Parley(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await ParleyApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task ForecastReadsKtabsTableAndWritesTheDynamicJsonContract()
    {
        var (exit, output, error) = await Parley("forecast", Fixture("dummyData_3Dim.csv"), "--model", "smp", "--preset", "ktab", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var forecasts = json.RootElement.GetProperty("forecasts");
        Assert.Equal(3, forecasts.GetArrayLength());
        var first = forecasts[0];
        Assert.Equal("smp", first.GetProperty("model").GetString());
        Assert.Equal("converged", first.GetProperty("stop_reason").GetString());
        var rounds = first.GetProperty("rounds");
        Assert.Equal(11, rounds.GetArrayLength());
        // KTAB's own final position for SActor-00 on the first dimension.
        Assert.Equal(78.56, rounds[10].GetProperty("positions").GetProperty("SActor-00").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task KtabFlaw9_ModelSettingsCanBeSetOnTheCommandLine()
    {
        var (_, standard, _) = await Parley("forecast", Fixture("dummyData_3Dim.csv"), "--model", "smp", "--format", "csv");
        var (exit, cubic, error) = await Parley("forecast", Fixture("dummyData_3Dim.csv"), "--model", "smp", "--format", "csv", "--param", "VotingRule=PropCbc", "-p", "PCEModel=MarkovIncentive");
        Assert.True(exit == 0, error);
        Assert.NotEqual(standard, cubic);
    }

    [Fact]
    public async Task KtabFlaw9_AFailedRunExitsWithAnErrorNotZero()
    {
        var (exit, output, error) = await Parley("forecast", Fixture("variants/d3-BigRAdjust-Full.xml"), "--model", "smp", "--preset", "ktab");
        Assert.Equal(2, exit);
        Assert.Contains("model-failed", error);
        Assert.Contains("Estimate of change in utility by h out of valid range", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        // The same file under the corrected preset runs.
        Assert.Equal(0, (await Parley("forecast", Fixture("variants/d3-BigRAdjust-Full.xml"), "--model", "smp")).Exit);
    }

    [Fact]
    public async Task KtabFlaw3_TheBrokenKtabExampleIsReportedWithItsLine()
    {
        var (exit, _, error) = await Parley("forecast", Fixture("smpExample.xml"), "--model", "smp");
        Assert.Equal(2, exit);
        Assert.Contains("smpExample.xml:32:", error);
        Assert.Contains("empty <dCoord>", error);
    }

    [Theory]
    [InlineData("VotingRule=Majority", "VotingRule must be one of")]
    [InlineData("Rule=Prop", "has no setting 'Rule'")]
    public async Task BadSettingsExitWithBadInput(string setting, string message)
    {
        var (exit, _, error) = await Parley("forecast", Fixture("dummyData_3Dim.csv"), "--model", "smp", "--param", setting);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task TraceShowsWhyAnActorMoved()
    {
        var (exit, output, error) = await Parley("trace", Fixture("SOE-Pol-Comp.csv"), "--actor", "XJ");
        Assert.True(exit == 0, error);
        Assert.Contains("Round 1", output);
        Assert.Contains("XJ", output);
        Assert.Contains("Converged after", output);

        var (csvExit, csv, _) = await Parley("trace", Fixture("SOE-Pol-Comp.csv"), "--format", "csv", "--actor", "XJ");
        Assert.Equal(0, csvExit);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("round,actor,target,win_probability,expected_gain,offers_from,adopted", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal("XJ", l.Split(',')[1]));

        var (jsonExit, json, _) = await Parley("trace", Fixture("SOE-Pol-Comp.csv"), "--format", "json", "--seed", "5", "--param", "StateTransitions=Stochastic");
        Assert.Equal(0, jsonExit);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Stochastic", document.RootElement.GetProperty("parameters").GetProperty("StateTransitions").GetString());
        Assert.Equal("5", document.RootElement.GetProperty("parameters").GetProperty("seed").GetString());
    }

    [Fact]
    public async Task TraceRefusesUnknownActorsAndModels()
    {
        var (exit, _, error) = await Parley("trace", Fixture("SOE-Pol-Comp.csv"), "--actor", "Nobody");
        Assert.Equal(2, exit);
        Assert.Contains("no actor 'Nobody'", error);
        (exit, _, error) = await Parley("trace", Fixture("SOE-Pol-Comp.csv"), "--model", "mean");
        Assert.Equal(2, exit);
        Assert.Contains("only the Spatial Model of Politics", error);
    }

    [Fact]
    public async Task ModelsListsTheSpatialModelAndItsSettings()
    {
        var (exit, output, _) = await Parley("models");
        Assert.Equal(0, exit);
        Assert.Contains("smp", output);
        Assert.Contains("ThirdPartyCommit", output);
    }
}
