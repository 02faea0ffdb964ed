using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Fitting;
using Parley.Models;
using Parley.Models.Fitted;

namespace Parley.Analysis.Tests.Backtest;

public sealed class FittedModelTests
{
    private static readonly Lazy<BacktestResult> result = new(() => BacktestRunner.Run(Deu3.Data, new BacktestOptions
    {
        Capabilities = [CapabilityScheme.Gdp],
        Resamples = 200,
        Draws = 2,
        TimeSplits = [new DateOnly(2004, 1, 1)],
    }));

    [Fact]
    public void ShippedParametersAreWhatFittingOnAllIssuesGives()
    {
        // Guards the versioned file against hand edits: refit with `parley backtest deu3 --fit-out`.
        var fitted = result.Value.Fitted!;
        var shipped = FittedParameters.Shipped;
        Assert.Equal(fitted.CapabilityExponent, shipped.CapabilityExponent);
        Assert.Equal(fitted.SalienceExponent, shipped.SalienceExponent);
        Assert.Equal(fitted.SnapDistance, shipped.SnapDistance);
        Assert.Equal(fitted.ShareBonus, shipped.ShareBonus);
    }

    [Fact]
    public void FittedModelBeatsTheCompromiseOutOfSampleWithAnIntervalExcludingZero()
    {
        var r = result.Value;
        var cv = r.Find("fitted", "gdp", "cv")!;
        var compromise = r.Find("mean", "gdp", "in-sample")!;
        Assert.Equal(353, cv.Scores.Issues);
        Assert.True(cv.Scores.Mae < compromise.Scores.Mae - 1, $"cv MAE {cv.Scores.Mae} vs {compromise.Scores.Mae}");
        var paired = r.Paired.First(p => p.Model == "fitted" && p.Evaluation == "cv");
        Assert.True(paired.Ci.High < 0, $"paired interval {paired.Ci}");
    }

    [Fact]
    public void EveryCandidateIsReportedInCrossValidationAndTimeSplit()
    {
        var r = result.Value;
        foreach (var candidate in r.Candidates)
        {
            Assert.NotNull(r.Find(candidate.Id, "gdp", "cv"));
            var split = r.Find(candidate.Id, "gdp", "time-split")!;
            Assert.Equal(r.Issues.Count(i => i.Introduced >= new DateOnly(2008, 1, 1)), split.Scores.Issues);
        }
        Assert.Equal(7, r.Candidates.Length);
    }

    [Fact]
    public void CrossValidationFoldsKeepProposalsTogether()
    {
        var features = r().Issues.Select(i => new IssueFeatures(i, i.Outcome!.Value, [], [], [], [], System.Collections.Immutable.ImmutableDictionary<string, double>.Empty)).ToList();
        var folds = OutOfSample.Folds(features, 10, 20261127);
        var byProposal = features.Select((f, i) => (f.Issue.ProposalId, folds[i])).GroupBy(x => x.ProposalId);
        Assert.All(byProposal, g => Assert.Single(g.Select(x => x.Item2).Distinct()));
        Assert.Equal(10, folds.Distinct().Count());
        static BacktestResult r() => result.Value;
    }

    [Fact]
    public void WithNeutralParametersTheFittedModelIsTheCompromiseModel()
    {
        var data = Deu3.Data;
        var compromise = new Parley.Models.Baseline.CompromiseModel();
        var neutral = new FittedCompromiseModel(FittedParameters.Compromise);
        foreach (var issue in data.Scored.Take(50))
        {
            var scenario = Parley.Core.CompiledScenario.Compile(Parley.Analysis.Backtest.Deu.DeuScenarioBuilder.Build(issue, CapabilityScheme.Gdp.For(issue, data)).Value);
            var view = new DimensionView(scenario, 0);
            Assert.Equal(compromise.Solve(view), neutral.Solve(view), 10);
        }
    }

    [Fact]
    public void FittedIsAvailableFromTheCatalogWithOverrides()
    {
        var entry = ModelCatalog.Find("fitted")!;
        Assert.True(entry.Create(new Dictionary<string, string>()).Success);
        var custom = entry.Create(new Dictionary<string, string> { ["snap_distance"] = "0" });
        Assert.Equal(0, ((FittedCompromiseModel)custom.Value).Parameters.SnapDistance);
        Assert.False(entry.Create(new Dictionary<string, string> { ["snap_distance"] = "2" }).Success);
        Assert.False(entry.Create(new Dictionary<string, string> { ["bogus"] = "1" }).Success);
    }

    [Fact]
    public void RepeatedEvaluationReportsDrawsSplitsAndGoals()
    {
        var oos = result.Value.OutOfSample!;
        Assert.Equal(2, oos.Partitions.Count(p => p.Evaluation == Analysis.Backtest.Evaluation.Partition.RepeatedCv));
        var fitted = oos.Find(Analysis.Backtest.Evaluation.Partition.RepeatedCv, "ae|fitted")!;
        // Draw 0 is the single-draw cv row, so it lies within the draws' range.
        Assert.InRange(result.Value.Find("fitted", "gdp", "cv")!.Scores.Mae, fitted.Min - 1e-9, fitted.Max + 1e-9);
        Assert.InRange(fitted.Mean, 20.5, 22);
        Assert.NotNull(oos.Find("time-split 2004-01-01", "ae|selected"));
        Assert.NotNull(oos.Find("wave-split I+II", "brier|logistic"));
        Assert.Equal(4, oos.Goals.Length);
        Assert.Contains(oos.StatusQuoCounts, c => c.By == "all" && c.WithReferencePoint == 253 && c.AtReferencePoint == 51);
    }
}
