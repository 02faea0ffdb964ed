using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

/// <summary>Bugs reproduced before the use cases moved into Parley.Application (issue 12), through the command line.</summary>
public sealed class ApplicationLayerRegressionTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");
    private static readonly string HandCheck = Fixtures.Repo("examples", "hand-check.yaml");

    [Fact]
    public async Task Leverage_with_a_nudge_the_model_refuses_is_a_clear_problem_and_exit_2()
    {
        // The scenario runs under KTAB's preset, but the −20 salience nudge leaves B with no salience anywhere.
        string[] whatIf = ["--set", "B.spending_mix.salience=20", "--set", "B.borrowing.salience=0"];
        var forecast = await CliRunner.RunAsync(["forecast", HandCheck, "--model", "smp", "--param", "preset=ktab", .. whatIf]);
        Assert.True(forecast.ExitCode == 0, forecast.ToString());

        var result = await CliRunner.RunAsync(["leverage", HandCheck, "--model", "smp", "--param", "preset=ktab", .. whatIf]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("[model-failed]", result.Error);
        Assert.Contains("B's salience on spending_mix 20 → 0", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("AggregateException", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("dyads")]
    [InlineData("trace")]
    public async Task Dyads_and_trace_refuse_a_drop_of_an_unknown_actor(string command)
    {
        var result = await CliRunner.RunAsync(command, Flagship, "--drop", "NOPE");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--drop: drop NOPE: no actor 'NOPE'", result.Error);
    }

    [Theory]
    [InlineData("dyads")]
    [InlineData("trace")]
    public async Task Dyads_and_trace_honour_set_drop_and_add(string command)
    {
        var plain = await CliRunner.RunAsync(command, Flagship, "--format", "json");
        var edited = await CliRunner.RunAsync(command, Flagship, "--format", "json", "--drop", "RUS", "--set", "USA.sanctions.position=60",
            "--add", "{id: EU, capability: 30, stances: {denuclearisation: {position: 85, salience: 40}, sanctions: {position: 80, salience: 50}, security: {position: 50, salience: 20}, engagement: {position: 30, salience: 30}}}");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("\"RUS\"", plain.Out);
        Assert.DoesNotContain("\"RUS\"", edited.Out);
        Assert.Contains("\"EU\"", edited.Out);
        Assert.NotEqual(plain.Out, edited.Out);
    }

    [Fact]
    public async Task A_model_failure_is_exit_2_with_the_model_named()
    {
        var result = await CliRunner.RunAsync("forecast", HandCheck, "--model", "smp", "--param", "preset=ktab", "--set", "B.spending_mix.salience=0", "--set", "B.borrowing.salience=0");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("model smp: ", result.Error);
        Assert.Contains("[model-failed]", result.Error);
    }

    [Fact]
    public async Task Validate_json_spells_the_options_as_the_command_line_does()
    {
        var result = await CliRunner.RunAsync("validate", Flagship, "--format", "json", "--drop", "XYZ");
        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("--drop", json.RootElement.GetProperty("problems")[0].GetProperty("field").GetString());
    }
}
