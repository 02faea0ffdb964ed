using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

public sealed class BacktestAndPowerCommandTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "deu3");

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await ParleyApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task BacktestJsonFollowsTheContractAndReproducesTheCompromiseScore()
    {
        var (exit, output, error) = await Run("backtest", "deu3", "--data", Data, "--format", "json", "--no-fit", "--model", "mean,median", "--capability", "equal,gdp", "--bootstrap", "100");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var scores = json.RootElement.GetProperty("scores").EnumerateArray().ToList();
        var mean = scores.Single(s => s.GetProperty("model").GetString() == "mean" && s.GetProperty("capability").GetString() == "gdp" && s.GetProperty("evaluation").GetString() == "in-sample");
        Assert.Equal(353, mean.GetProperty("issues").GetInt32());
        Assert.Equal(23.087, mean.GetProperty("mae").GetDouble(), 0.001);
        foreach (var name in new[] { "rmse", "median_ae", "within10", "within20" }) Assert.Equal(JsonValueKind.Number, mean.GetProperty(name).ValueKind);
        var ci = mean.GetProperty("mae_ci").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.True(ci[0] < 23.087 && 23.087 < ci[1]);
        Assert.Contains(scores, s => s.GetProperty("evaluation").GetString() == "time-split");
    }

    [Fact]
    public async Task BacktestIsByteIdenticalForTheSameSeed()
    {
        // Two fold draws run in parallel: the output must not depend on thread timing.
        string[] args = ["backtest", "deu3", "--data", Data, "--format", "json", "--capability", "gdp", "--model", "mean", "--bootstrap", "200", "--draws", "2"];
        var first = await Run(args);
        var second = await Run(args);
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Out, second.Out);
        using var json = JsonDocument.Parse(first.Out);
        var oos = json.RootElement.GetProperty("out_of_sample");
        Assert.Equal(2, oos.GetProperty("fold_draws").GetInt32());
        Assert.Contains(oos.GetProperty("skill").EnumerateArray(), s => s.GetProperty("key").GetString() == "brier|logistic" && s.GetProperty("versus").GetString() == "brier|base-rate");
        Assert.Contains(oos.GetProperty("metrics").EnumerateArray(), s => s.GetProperty("key").GetString() == "crps|fitted|deal");
        Assert.Equal(4, oos.GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task BadBacktestInputExitsWithTwoAndNoStackTrace()
    {
        var missing = await Run("backtest", "deu3", "--data", Path.Combine(Data, "nowhere"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("does not exist", missing.Error);
        Assert.DoesNotContain("   at ", missing.Error);
        Assert.Equal(2, (await Run("backtest", "deu4", "--data", Data)).Exit);
        Assert.Equal(2, (await Run("backtest", "deu3", "--data", Data, "--capability", "votes")).Exit);
        Assert.Equal(2, (await Run("backtest", "deu3", "--data", Data, "--model", "oracle")).Exit);
        Assert.Equal(2, (await Run("backtest", "deu3", "--data", Data, "--draws", "-1")).Exit);
    }

    [Fact]
    public async Task ReportAndFitOutAreWritten()
    {
        string dir = Directory.CreateTempSubdirectory("parley-report").FullName;
        try
        {
            string report = Path.Combine(dir, "accuracy.md"), fit = Path.Combine(dir, "fit.json");
            var (exit, _, error) = await Run("backtest", "deu3", "--data", Data, "--capability", "gdp", "--model", "mean,median", "--bootstrap", "100", "--draws", "2", "--report", report, "--fit-out", fit);
            Assert.True(exit == 0, error);
            string md = File.ReadAllText(report);
            Assert.Contains("--report " + report.Replace('\\', '/'), md);
            Assert.Contains("![Error distribution](accuracy-errors.png)", md);
            Assert.Contains("## Goals", md);
            Assert.Contains("repeated cross-validation", md);
            Assert.True(new FileInfo(Path.Combine(dir, "accuracy-errors.png")).Length > 1000);
            Assert.True(File.Exists(Path.Combine(dir, "accuracy-calibration.svg")));
            using var parameters = JsonDocument.Parse(File.ReadAllText(fit));
            Assert.Equal(0.25, parameters.RootElement.GetProperty("snap_distance").GetDouble());
            Assert.Contains("2 fold draws", parameters.RootElement.GetProperty("out_of_sample").GetString());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task PowerPrintsPublishedEu15Indices()
    {
        var (exit, output, error) = await Run("power", "--weights", "10,10,10,10,8,5,5,5,5,4,4,3,3,3,2", "--quota", "62",
            "--names", "de,fr,it,uk,es,be,el,nl,pt,at,se,dk,fi,ie,lu", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var players = json.RootElement.GetProperty("players").EnumerateArray().ToList();
        Assert.Equal(0.1167, Math.Round(players[0].GetProperty("shapley_shubik").GetDouble(), 4));
        Assert.Equal(0.0226, Math.Round(players[14].GetProperty("banzhaf").GetDouble(), 4));
        var table = await Run("power", "--council", "nice-27");
        Assert.Equal(0, table.Exit);
        Assert.Contains("Shapley–Shubik", table.Out);
    }

    [Theory]
    [InlineData("power", "--weights", "1,2", "--quota", "9")]
    [InlineData("power", "--weights", "1,x", "--quota", "2")]
    [InlineData("power", "--quota", "2")]
    [InlineData("power", "--council", "nice-99")]
    [InlineData("power", "--weights", "1,2,3", "--quota", "4", "--names", "a,b")]
    public async Task BadPowerInputExitsWithTwo(params string[] args)
    {
        var (exit, _, error) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("error", error);
    }

    [Fact]
    public async Task FittedModelForecastsAnyScenario()
    {
        var (exit, output, error) = await Run("forecast", Path.Combine(AppContext.BaseDirectory, "korea-2019.yaml"), "--model", "fitted,mean", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.Contains("\"fitted\"", output);
    }
}
