using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

public class SensitivityCommandTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    [Fact]
    public async Task Table_ranks_inputs_by_total_index_with_intervals_within_80_columns()
    {
        var result = await CliRunner.RunAsync("sensitivity", Flagship, "--model", "mean", "--dimension", "sanctions", "--samples", "256", "--resamples", "50", "--seed", "1", "--top", "5");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("mean · sanctions", result.Out);
        Assert.Contains("Σ S1", result.Out);
        Assert.Contains("USA position", result.Out);
        Assert.Contains("58 more inputs", result.Out);
        Assert.DoesNotContain("mean · security", result.Out);
        foreach (var line in result.Out.Split('\n')) Assert.True(line.TrimEnd().Length <= 80, $"{line.TrimEnd().Length} columns: {line}");
    }

    [Fact]
    public async Task Json_extends_the_forecast_contract_and_is_the_same_on_one_and_two_threads()
    {
        string[] args = ["sensitivity", Flagship, "--model", "mean,nbs", "--samples", "128", "--resamples", "40", "--seed", "3", "--format", "json"];
        var one = await CliRunner.RunAsync([.. args, "--threads", "1"]);
        var two = await CliRunner.RunAsync([.. args, "--threads", "2"]);
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.Out, two.Out);

        using var json = JsonDocument.Parse(one.Out);
        var design = json.RootElement.GetProperty("sensitivity");
        Assert.Equal(128, design.GetProperty("samples").GetInt32());
        Assert.Equal(63, design.GetProperty("uncertain_inputs").GetInt32());
        Assert.Equal(128 * 65, design.GetProperty("model_runs").GetInt32());
        Assert.Equal("sobol", design.GetProperty("sampling").GetString());
        foreach (var entry in json.RootElement.GetProperty("forecasts").EnumerateArray())
        {
            var sensitivity = entry.GetProperty("sensitivity");
            var inputs = sensitivity.GetProperty("inputs").EnumerateArray().ToList();
            Assert.Equal(63, inputs.Count);
            if (entry.GetProperty("model").GetString() == "mean")
            {
                var totals = inputs.Select(i => i.GetProperty("total").GetProperty("value").GetDouble()).ToList();
                Assert.Equal(totals.OrderByDescending(t => t), totals);
                var top = inputs[0].GetProperty("total");
                Assert.InRange(top.GetProperty("value").GetDouble(), top.GetProperty("low").GetDouble(), top.GetProperty("high").GetDouble());
            }
            else if (sensitivity.GetProperty("variance").GetDouble() == 0)
            {
                // The Nash bargaining solution stays at the status quo: nothing to apportion.
                Assert.Equal(JsonValueKind.Null, inputs[0].GetProperty("total").GetProperty("value").ValueKind);
            }
        }
    }

    [Fact]
    public async Task What_if_edits_apply_before_the_analysis()
    {
        var plain = await CliRunner.RunAsync("sensitivity", Flagship, "--model", "mean", "--samples", "64", "--resamples", "20", "--format", "csv");
        var edited = await CliRunner.RunAsync("sensitivity", Flagship, "--model", "mean", "--samples", "64", "--resamples", "20", "--format", "csv", "--drop", "PRK");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("PRK capability", plain.Out);
        Assert.DoesNotContain("PRK", edited.Out);
        Assert.StartsWith("model,dimension,rank,input,", edited.Out);
    }

    [Theory]
    [InlineData("--samples", "1", "--samples")]
    [InlineData("--resamples", "0", "--resamples")]
    [InlineData("--confidence", "1.5", "--confidence")]
    [InlineData("--sampling", "halton", "--sampling")]
    [InlineData("--dist", "cauchy", "--dist")]
    [InlineData("--dimension", "trade", "--dimension")]
    [InlineData("--seed", "-4", "--seed")]
    public async Task Bad_options_are_refused_with_exit_2(string option, string value, string field)
    {
        var result = await CliRunner.RunAsync("sensitivity", Flagship, "--model", "mean", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(field, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_scenario_without_ranges_is_refused_with_a_hint()
    {
        var result = await CliRunner.RunAsync("sensitivity", Fixtures.Repo("examples", "hand-check.yaml"), "--model", "mean");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no uncertain input", result.Error);
    }
}
