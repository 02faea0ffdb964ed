using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

/// <summary>P(status quo), win-sets and the procedural model in forecasts; parley score.</summary>
public class DealCommandTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    [Fact]
    public async Task Forecast_table_shows_p_status_quo_and_the_win_set_of_every_dimension()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--model", "mean,procedural");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("P(SQ)", result.Out);
        Assert.Contains("Deal or no deal", result.Out);
        Assert.Contains("sanctions         win-set under unsc: empty — USA, USA_CONGRESS block any decrease; CHN, RUS block any increase", result.Out);
        foreach (var d in new[] { "denuclearisation", "security", "engagement" }) Assert.Contains($"{d}", result.Out);
    }

    [Fact]
    public async Task Forecast_json_carries_p_status_quo_per_model_and_dimension_and_the_win_sets()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Contains(forecasts, f => f.GetProperty("model").GetString() == "procedural");
        Assert.All(forecasts, f => Assert.InRange(f.GetProperty("p_status_quo").GetDouble(), 0, 1));
        var block = json.RootElement.GetProperty("status_quo");
        Assert.Equal(2000, block.GetProperty("runs").GetInt32());
        var sanctions = block.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == "sanctions");
        Assert.Equal("unsc", sanctions.GetProperty("rule").GetString());
        Assert.True(sanctions.GetProperty("win_set_empty").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sanctions.GetProperty("win_set").ValueKind);
        Assert.Equal(1.0, sanctions.GetProperty("p_status_quo").GetDouble());
    }

    [Fact]
    public async Task Score_table_ranks_models_on_the_flagship_record()
    {
        var result = await CliRunner.RunAsync("score", Flagship, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("model").GetString()!);
        // Observed 2020: 15, 70, 40, 8 against status quo 20, 70, 45, 20 → 5, 0, 5, 12 → mean 5.5 % of the scale.
        Assert.Equal(5.5, models["status-quo"].GetProperty("mean_error_percent").GetDouble(), 9);
        Assert.Equal(5.5, models["procedural"].GetProperty("mean_error_percent").GetDouble(), 9);
        // The compromise model: |55.8 − 15|, |58.2 − 70|, |36 − 40|, |52.2 − 8| … far worse than doing nothing.
        Assert.True(models["mean"].GetProperty("mean_error_percent").GetDouble() > 20);
        Assert.Equal(4, models["procedural"].GetProperty("brier_count").GetInt32());
        Assert.InRange(models["procedural"].GetProperty("brier").GetDouble(), 0, 0.01);
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.All(forecasts, f => Assert.True(f.GetProperty("status_quo_held").GetBoolean()));
    }

    [Fact]
    public async Task Score_refuses_a_scenario_without_observed_outcomes()
    {
        var result = await CliRunner.RunAsync("score", Fixtures.Repo("examples", "hand-check.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no dimension has an observed outcome", result.Error);
    }

    [Fact]
    public async Task Score_is_byte_identical_for_the_same_seed()
    {
        var first = await CliRunner.RunAsync("score", Flagship, "--format", "json", "--runs", "300", "--seed", "5");
        var second = await CliRunner.RunAsync("score", Flagship, "--format", "json", "--runs", "300", "--seed", "5");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }
}
