using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

/// <summary>Stokman's exchange model on the command line: forecast, the exchanges command, Decide's input files.</summary>
public sealed class ExchangeCliTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    private static string Decide(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "exchange", "inputs", name);

    [Fact]
    public async Task Forecast_json_has_rounds_and_an_exchanges_array()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--model", "exchange", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var forecasts = json.RootElement.GetProperty("forecasts");
        Assert.Equal(4, forecasts.GetArrayLength());
        Assert.Equal(11, forecasts[0].GetProperty("rounds").GetArrayLength());
        var exchanges = json.RootElement.GetProperty("exchanges");
        Assert.True(exchanges.GetArrayLength() > 0);
        var first = exchanges[0];
        Assert.Equal("exchange", first.GetProperty("model").GetString());
        Assert.Equal(2, first.GetProperty("sides").GetArrayLength());
        Assert.True(first.GetProperty("gain").GetDouble() > 0);
        Assert.Contains(" moves on ", first.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_models_write_no_exchanges_array()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--model", "mean", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.TryGetProperty("exchanges", out _));
    }

    [Fact]
    public async Task Exchanges_table_ranks_trades_and_balances_every_actor()
    {
        var result = await CliRunner.RunAsync("exchanges", Flagship, "--top", "5");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("highest gain first (top 5)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Who gains and who bears the externalities", result.Out, StringComparison.Ordinal);
        foreach (var actor in new[] { "USA", "PRK", "CHN", "RUS", "ROK", "JPN" }) Assert.Contains(actor, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchanges_json_and_csv_list_every_trade_ranked_by_gain()
    {
        var json = await CliRunner.RunAsync("exchanges", Flagship, "--format", "json", "--preset", "decide");
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal("decide", document.RootElement.GetProperty("preset").GetString());
        var gains = document.RootElement.GetProperty("exchanges").EnumerateArray().Select(e => e.GetProperty("gain").GetDouble()).ToList();
        Assert.NotEmpty(gains);
        Assert.Equal(gains.OrderByDescending(g => g), gains);
        Assert.Equal(7, document.RootElement.GetProperty("actors").GetArrayLength());

        var csv = await CliRunner.RunAsync("exchanges", Flagship, "--format", "csv", "--preset", "decide");
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("rank,round,sequence,gain,actor_1,gives_1", lines[0], StringComparison.Ordinal);
        Assert.Equal(gains.Count + 1, lines.Length);
    }

    [Fact]
    public async Task Forecast_reads_decides_csv_by_content_and_by_option()
    {
        var detected = await CliRunner.RunAsync("forecast", Decide("sample_data.txt"), "--model", "exchange", "--preset", "decide", "--format", "csv");
        Assert.True(detected.ExitCode == 0, detected.ToString());
        var named = await CliRunner.RunAsync("forecast", Decide("sample_data.txt"), "--input-format", "decide-csv", "--model", "exchange", "--preset", "decide", "--format", "csv");
        Assert.Equal(detected.Out, named.Out);
        // Decide's round-10 voting outcome on the first issue (anchor, spec tie rule): 67.8…
        Assert.Contains("exchange", detected.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_decide_file_exits_2_with_located_problems_and_no_output()
    {
        string file = Path.Combine(Path.GetTempPath(), $"parley-decide-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "#A;A\n#A;B\n#P;x\n#P;y\n#D;A;x;5;0.5;1\n#D;B;z;5;0.5;1\n#D;A;y;five;0.5;1\n", TestContext.Current.CancellationToken);
        try
        {
            var result = await CliRunner.RunAsync("exchanges", file);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Out);
            Assert.Contains(":6:6: issue: 'z' has no #P row", result.Error, StringComparison.Ordinal);
            Assert.Contains(":7:8: position: 'five' is not a number [wrong-type]", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Bad_exchange_settings_exit_2()
    {
        var result = await CliRunner.RunAsync("exchanges", Flagship, "--preset", "stokman");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("preset must be 'parley' or 'decide'", result.Error, StringComparison.Ordinal);
    }
}
