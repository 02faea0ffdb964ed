using System.Globalization;
using Parley.Analysis.Backtest;

namespace Parley.Analysis.Tests.Backtest;

/// <summary>
/// The compromise model on DEU III must reproduce the published reference scores
/// (data/deu3/reference/deu3_model_accuracy.csv): MAE 23.09 with GDP capability and 23.61 with
/// equal capability on the same 353 issues, issue by issue.
/// </summary>
public sealed class ReproductionTests
{
    private static readonly Lazy<BacktestResult> result = new(() => BacktestRunner.Run(Deu3.Data, new BacktestOptions
    {
        Models = [ModelSpec.Of("mean"), ModelSpec.Of("median")],
        Capabilities = [CapabilityScheme.Equal, CapabilityScheme.Gdp],
        Candidates = false,
        Resamples = 200,
    }));

    [Fact]
    public void CompromiseWithGdpScores23Point09On353Issues()
    {
        var row = result.Value.Find("mean", "gdp", "in-sample")!;
        Assert.Equal(353, row.Scores.Issues);
        Assert.Equal(23.09, row.Scores.Mae, 0.05);
    }

    [Fact]
    public void CompromiseWithEqualCapabilityScores23Point61On353Issues()
    {
        var row = result.Value.Find("mean", "equal", "in-sample")!;
        Assert.Equal(353, row.Scores.Issues);
        Assert.Equal(23.61, row.Scores.Mae, 0.05);
    }

    [Fact]
    public void EveryScoreOfTheReferenceTableIsReproduced()
    {
        var reference = File.ReadAllLines(Path.Combine(Deu3.Directory, "reference", "deu3_model_accuracy.csv"))
            .Skip(1).Select(Fields).ToDictionary(f => f[0], f => f[1..]);
        (string Model, string Capability, string Reference)[] pairs =
        [
            ("mean", "equal", "mean_salience_weighted (compromise, equal capability)"),
            ("mean", "gdp", "mean_cs_weighted (compromise, GDP capability)"),
            ("median", "gdp", "wmedian_cs_weighted (GDP capability)"),
        ];
        foreach (var (model, capability, name) in pairs)
        {
            var expected = reference[name];
            var s = result.Value.Find(model, capability, "in-sample")!.Scores;
            Assert.Equal(int.Parse(expected[0], CultureInfo.InvariantCulture), s.Issues);
            Assert.Equal(D(expected[1]), s.Mae, 0.0005);
            Assert.Equal(D(expected[2]), s.Rmse, 0.0005);
            Assert.Equal(D(expected[3]), s.MedianAe, 0.0005);
            Assert.Equal(D(expected[4]), s.Within10, 0.0005);
            Assert.Equal(D(expected[5]), s.Within20, 0.0005);
        }
    }

    [Fact]
    public void IssueByIssueForecastsMatchTheReferencePredictions()
    {
        var lines = File.ReadAllLines(Path.Combine(Deu3.Directory, "reference", "deu3_predictions_by_issue.csv"));
        var header = Fields(lines[0]);
        int gdpColumn = Array.IndexOf(header, "mean_cs_weighted (compromise, GDP capability)");
        int equalColumn = Array.IndexOf(header, "mean_salience_weighted (compromise, equal capability)");
        var r = result.Value;
        var gdp = r.Find("mean", "gdp", "in-sample")!.Forecasts;
        var equal = r.Find("mean", "equal", "in-sample")!.Forecasts;
        int checkedIssues = 0;
        foreach (var line in lines.Skip(1))
        {
            var f = Fields(line);
            int i = r.Issues.IndexOf(r.Issues.First(x => x.IssueId == f[0]));
            Assert.Equal(D(f[gdpColumn]), gdp[i], 1e-5);
            Assert.Equal(D(f[equalColumn]), equal[i], 1e-5);
            checkedIssues++;
        }
        Assert.Equal(353, checkedIssues);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Minimal CSV split for the reference files (quoted fields hold commas, never quotes).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }
}
