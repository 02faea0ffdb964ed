using System.Collections.Immutable;
using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Deal;
using Parley.Analysis.Backtest.Deu;
using Parley.Analysis.Backtest.Evaluation;
using Parley.Analysis.Backtest.Fitting;

namespace Parley.Analysis.Tests.Backtest;

/// <summary>Mechanics of the repeated, nested evaluation on small synthetic data (no DEU).</summary>
public sealed class RepeatedEvaluationTests
{
    /// <summary>60 issues of 20 proposals; outcome = "good" forecast + noise; "bad" is 30 points off.</summary>
    private static (List<IssueFeatures> Issues, StatusQuoFeatures[] StatusQuo) Synthetic(int seed = 5)
    {
        var random = new Random(seed);
        var issues = new List<IssueFeatures>();
        var sq = new List<StatusQuoFeatures>();
        for (int k = 0; k < 60; k++)
        {
            string proposal = "P" + (k / 3).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            double good = random.Next(20, 80);
            bool inside = random.NextDouble() < 0.5;
            // The status quo holds far more often when it is inside the gridlock interval.
            bool atSq = random.NextDouble() < (inside ? 0.7 : 0.05);
            double reference = random.Next(0, 100);
            double outcome = atSq ? reference : Math.Clamp(good + random.Next(-10, 11), 0, 100);
            var issue = new DeuIssue("I" + k, proposal, proposal, k % 3 + 1, "Reg", "X", "COD", "QMV", new DateOnly(1996 + k / 6, 1, 1), reference, outcome, []);
            issues.Add(new IssueFeatures(issue, outcome, [], [], [], [], ImmutableDictionary<string, double>.Empty.Add("good", good).Add("bad", Math.Clamp(good + 30, 0, 100)).Add("mean", good)));
            sq.Add(new StatusQuoFeatures(true, atSq, inside, Math.Abs(reference - good) / 100, false, true, 10, 0.2, inside ? 0.5 : 0.1, 20));
        }
        return (issues, [.. sq]);
    }

    [Fact]
    public void EveryDrawTestsEveryIssueOnceAndKeepsProposalsTogether()
    {
        var (issues, _) = Synthetic();
        var proposals = issues.Select(i => i.Issue.ProposalId).ToArray();
        var draws = Partition.RepeatedFolds(proposals, 5, 4, 100).ToList();
        Assert.Equal(4, draws.Count);
        foreach (var draw in draws)
        {
            Assert.All(draw.Group, g => Assert.InRange(g, 0, 4));
            Assert.All(issues.Select((t, i) => (t.Issue.ProposalId, draw.Group[i])).GroupBy(x => x.ProposalId), g => Assert.Single(g.Select(x => x.Item2).Distinct()));
        }
        // Different seeds, different assignments; draw 0 is the single-draw folds of the same seed.
        Assert.NotEqual(draws[0].Group, draws[1].Group);
        Assert.Equal(OutOfSample.Folds(issues, 5, 100), draws[0].Group);
        Assert.Equal(draws[2].Group, Partition.RepeatedFolds(proposals, 5, 4, 100).ElementAt(2).Group);
    }

    [Fact]
    public void TimeSplitTrainsOnEarlierIssuesOnly()
    {
        var (issues, _) = Synthetic();
        var split = Partition.TimeSplit([.. issues.Select(i => i.Issue)], new DateOnly(2000, 1, 1));
        for (int i = 0; i < issues.Count; i++) Assert.Equal(issues[i].Issue.Introduced < new DateOnly(2000, 1, 1) ? Partition.TrainOnly : 0, split.Group[i]);
    }

    /// <summary>A candidate that memorises the training outcomes: perfect in sample, and it must gain nothing out of sample.</summary>
    private sealed class Memoriser : ForecastCandidate
    {
        public override string Id => "memoriser";

        public override string Description => "looks the outcome up";

        public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
        {
            var seen = training.ToDictionary(t => t.Issue.IssueId, t => t.Outcome);
            return new FittedForecaster(t => seen.TryGetValue(t.Issue.IssueId, out double y) ? y : 50, "memory");
        }
    }

    [Fact]
    public void NothingLeaksFromTestIssuesIntoTheFit()
    {
        var (issues, sq) = Synthetic();
        var partitions = Partition.RepeatedFolds([.. issues.Select(i => i.Issue.ProposalId)], 5, 3, 7).ToList();
        var scores = OutOfSampleEvaluation.Run(issues, sq, [PointForecaster.Of(new Memoriser())], [StatusQuoForecaster.BaseRate], partitions, TestContext.Current.CancellationToken);
        foreach (var s in scores)
        {
            var ae = s.Values["ae|memoriser"];
            // Every test forecast is the fallback 50, never the memorised outcome.
            for (int i = 0; i < issues.Count; i++) Assert.Equal(Math.Abs(50 - issues[i].Outcome), ae[i], 12);
        }
    }

    [Fact]
    public void NestedSelectionPicksTheBetterCandidateInsideTheTrainingSet()
    {
        var (issues, _) = Synthetic();
        var selection = new NestedSelectionCandidate([new FixedCandidate("bad"), new FixedCandidate("good")], 4, 1);
        var fitted = selection.Fit(issues);
        Assert.StartsWith("good", fitted.Parameters, StringComparison.Ordinal);
        Assert.Equal(issues[3].ModelForecasts["good"], fitted.Forecast(issues[3]));
    }

    [Fact]
    public void SummariesAverageOverDrawsAndLogisticBeatsTheBaseRate()
    {
        var (issues, sq) = Synthetic();
        var partitions = Partition.RepeatedFolds([.. issues.Select(i => i.Issue.ProposalId)], 5, 6, 11).ToList();
        var scores = OutOfSampleEvaluation.Run(issues, sq, [PointForecaster.Of("mean", [.. issues.Select(i => i.ModelForecasts["good"])])],
            [StatusQuoForecaster.BaseRate, StatusQuoForecaster.Logistic(1)], partitions, TestContext.Current.CancellationToken);
        var bootstrap = new ProposalBootstrap([.. issues.Select(i => i.Issue.ProposalId)], 200, 3);
        var brier = EvaluationSummary.Metric(scores, Partition.RepeatedCv, "brier|logistic", issues.Count, bootstrap)!;
        Assert.Equal(6, brier.Partitions);
        Assert.Equal(60, brier.Issues);
        Assert.InRange(brier.Mean, brier.Min, brier.Max);
        Assert.InRange(brier.P05, brier.Min, brier.P95);
        // The mean over draws is the mean of each draw's mean.
        double byHand = scores.Average(s => s.Values["brier|logistic"].Average());
        Assert.Equal(byHand, brier.Mean, 12);
        var skill = EvaluationSummary.Skill(scores, Partition.RepeatedCv, "brier|logistic", "brier|base-rate", issues.Count, bootstrap)!;
        Assert.True(skill.Mean > 0.2, $"skill {skill.Mean}");
        Assert.True(skill.Ci.Low > 0, $"skill interval {skill.Ci}");
        // The fixed model's error does not depend on the fold draw.
        var ae = EvaluationSummary.Metric(scores, Partition.RepeatedCv, "ae|mean", issues.Count, bootstrap)!;
        Assert.Equal(ae.Min, ae.Max, 12);
    }

    [Fact]
    public void LogisticRegressionRecoversTheDirectionOfEffects()
    {
        var random = new Random(9);
        var x = new List<double[]>();
        var y = new List<bool>();
        for (int i = 0; i < 400; i++)
        {
            double a = random.NextDouble(), b = random.NextDouble();
            double p = 1 / (1 + Math.Exp(-(-1 + 4 * a - 3 * b)));
            x.Add([a, b]);
            y.Add(random.NextDouble() < p);
        }
        var model = LogisticRegression.Fit(x, y, 0.01);
        Assert.True(model.Coefficients[1] > 0.5 && model.Coefficients[2] < -0.5, string.Join(", ", model.Coefficients));
        Assert.True(model.Predict([1, 0]) > 0.8);
        Assert.True(model.Predict([0, 1]) < 0.2);
    }
}
