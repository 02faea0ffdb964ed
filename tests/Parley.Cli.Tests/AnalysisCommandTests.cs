using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

public class AnalysisCommandTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    [Fact]
    public async Task Simulate_json_extends_the_forecast_contract_with_a_distribution()
    {
        var result = await CliRunner.RunAsync("simulate", Flagship, "--model", "mean,median", "--runs", "2000", "--seed", "4", "--threshold", "sanctions>=60", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Equal(8, forecasts.Count);
        foreach (var f in forecasts)
        {
            var d = f.GetProperty("distribution");
            foreach (var field in new[] { "mean", "p05", "p50", "p95" }) Assert.Equal(JsonValueKind.Number, d.GetProperty(field).ValueKind);
            Assert.Equal(2000, d.GetProperty("histogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        }
        var sanctions = forecasts.First(f => f.GetProperty("dimension").GetString() == "sanctions").GetProperty("distribution");
        Assert.InRange(sanctions.GetProperty("thresholds")[0].GetProperty("probability").GetDouble(), 0, 1);
        Assert.Equal(4ul, json.RootElement.GetProperty("simulation").GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task Simulate_output_is_the_same_for_one_and_two_threads()
    {
        var one = await CliRunner.RunAsync("simulate", Flagship, "--runs", "3000", "--seed", "9", "--threads", "1", "--format", "json");
        var two = await CliRunner.RunAsync("simulate", Flagship, "--runs", "3000", "--seed", "9", "--threads", "2", "--format", "json");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, two.Out);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--dist", "cauchy")]
    [InlineData("--threshold", "tariffs>=3")]
    [InlineData("--threshold", "sanctions=3")]
    [InlineData("--seed", "-4")]
    public async Task Simulate_rejects_bad_options(string option, string value)
    {
        var result = await CliRunner.RunAsync("simulate", Flagship, option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(option, result.Error);
    }

    [Fact]
    public async Task Leverage_json_lists_every_nudge_and_the_pivotal_actors()
    {
        var result = await CliRunner.RunAsync("leverage", Flagship, "--model", "median", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("leverage").EnumerateArray().ToList();
        Assert.Equal(7 * 4 * 4 + 7 * 2 * 4, rows.Count);
        foreach (var field in new[] { "actor", "dimension", "parameter", "delta", "shift" }) Assert.True(rows[0].TryGetProperty(field, out _), field);
        Assert.Equal(4, json.RootElement.GetProperty("pivotal").GetArrayLength());
    }

    [Fact]
    public async Task Leverage_for_one_dimension_puts_the_biggest_lever_on_top()
    {
        var result = await CliRunner.RunAsync("leverage", Flagship, "--dimension", "sanctions", "--format", "csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.All(lines, l => Assert.Equal("sanctions", l.Split(',')[1]));
        var shifts = lines.Select(l => Math.Abs(double.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(shifts.OrderDescending(), shifts);
    }

    [Fact]
    public async Task Compare_shows_baseline_and_what_if()
    {
        var result = await CliRunner.RunAsync("compare", Flagship, "--model", "median", "--set", "RUS.sanctions.position=70", "--set", "RUS.sanctions.salience=90", "--format", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("median,sanctions,50,70,20", result.Out);
        Assert.Contains("median,engagement,65,65,0", result.Out);
    }

    [Fact]
    public async Task What_if_options_work_on_forecast_too()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--model", "median", "--drop", "ROK", "--format", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("median,sanctions,50\n", result.Out);
    }

    [Fact]
    public async Task Compare_without_edits_and_bad_edits_exit_2()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("compare", Flagship)).ExitCode);
        var bad = await CliRunner.RunAsync("compare", Flagship, "--set", "RUS.sanctions.position=170");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("position-out-of-scale", bad.Error);
    }
}
