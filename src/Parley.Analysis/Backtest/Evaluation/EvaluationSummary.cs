using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Analysis.Backtest.Evaluation;

/// <summary>
/// A score over the partitions of one evaluation (e.g. 20 fold draws): its mean over the
/// partitions, 5–95 % range and extremes over them, and a 95 % bootstrap interval (over proposals)
/// of the mean of the per-issue scores averaged over partitions. One partition (a time split) has
/// no range.
/// </summary>
public sealed record MetricSummary(string Evaluation, string Key, int Partitions, int Issues, double Mean, double P05, double P95, double Min, double Max, Interval Ci);

/// <summary>A difference of two scores on the same issues (Key − Versus), summarised like <see cref="MetricSummary"/>.</summary>
public sealed record PairedSummary(string Evaluation, string Key, string Versus, int Issues, double Mean, double P05, double P95, Interval Ci);

/// <summary>Skill 1 − score / reference score (e.g. Brier skill against the base rate): positive = better than the reference.</summary>
public sealed record SkillSummary(string Evaluation, string Key, string Versus, int Issues, double Mean, double P05, double P95, Interval Ci);

public static class EvaluationSummary
{
    public static ImmutableArray<string> Evaluations(IReadOnlyList<PartitionScores> scores) =>
        [.. scores.Select(s => s.Partition.Evaluation).Distinct(StringComparer.Ordinal)];

    /// <summary>Per-issue mean over the partitions that scored the issue (NaN if none did).</summary>
    public static double[] IssueMeans(IReadOnlyList<PartitionScores> scores, string key, int issues)
    {
        var sum = new double[issues];
        var count = new int[issues];
        foreach (var s in scores)
        {
            if (!s.Values.TryGetValue(key, out var v)) continue;
            for (int i = 0; i < issues; i++)
            {
                if (double.IsNaN(v[i])) continue;
                sum[i] += v[i];
                count[i]++;
            }
        }
        return [.. sum.Select((x, i) => count[i] > 0 ? x / count[i] : double.NaN)];
    }

    private static double Mean(double[] v)
    {
        double s = 0;
        int n = 0;
        foreach (double x in v)
        {
            if (double.IsNaN(x)) continue;
            s += x;
            n++;
        }
        return n > 0 ? s / n : double.NaN;
    }

    private static (double Mean, double P05, double P95, double Min, double Max) Spread(IReadOnlyList<double> perPartition)
    {
        var sorted = perPartition.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        return (sorted.Average(), ProposalBootstrap.Quantile(sorted, 0.05), ProposalBootstrap.Quantile(sorted, 0.95), sorted[0], sorted[^1]);
    }

    public static MetricSummary? Metric(IReadOnlyList<PartitionScores> scores, string evaluation, string key, int issues, ProposalBootstrap bootstrap)
    {
        var mine = scores.Where(s => s.Partition.Evaluation == evaluation && s.Values.ContainsKey(key)).ToList();
        if (mine.Count == 0) return null;
        var perIssue = IssueMeans(mine, key, issues);
        var (mean, p05, p95, min, max) = Spread([.. mine.Select(s => Mean(s.Values[key]))]);
        return new MetricSummary(evaluation, key, mine.Count, perIssue.Count(double.IsFinite), mean, p05, p95, min, max, bootstrap.MeanInterval(perIssue));
    }

    public static PairedSummary? Paired(IReadOnlyList<PartitionScores> scores, string evaluation, string key, string versus, int issues, ProposalBootstrap bootstrap)
    {
        var mine = scores.Where(s => s.Partition.Evaluation == evaluation && s.Values.ContainsKey(key) && s.Values.ContainsKey(versus)).ToList();
        if (mine.Count == 0) return null;
        double[] Difference(double[] a, double[] b) => [.. a.Select((x, i) => double.IsNaN(x) || double.IsNaN(b[i]) ? double.NaN : x - b[i])];
        var perIssue = Difference(IssueMeans(mine, key, issues), IssueMeans(mine, versus, issues));
        var (mean, p05, p95, _, _) = Spread([.. mine.Select(s => Mean(Difference(s.Values[key], s.Values[versus])))]);
        return new PairedSummary(evaluation, key, versus, perIssue.Count(double.IsFinite), mean, p05, p95, bootstrap.MeanInterval(perIssue));
    }

    public static SkillSummary? Skill(IReadOnlyList<PartitionScores> scores, string evaluation, string key, string versus, int issues, ProposalBootstrap bootstrap)
    {
        var mine = scores.Where(s => s.Partition.Evaluation == evaluation && s.Values.ContainsKey(key) && s.Values.ContainsKey(versus)).ToList();
        if (mine.Count == 0) return null;
        var (mean, p05, p95, _, _) = Spread([.. mine.Select(s => 1 - Mean(s.Values[key]) / Mean(s.Values[versus]))]);
        var a = IssueMeans(mine, key, issues);
        var b = IssueMeans(mine, versus, issues);
        return new SkillSummary(evaluation, key, versus, a.Count(double.IsFinite), mean, p05, p95, bootstrap.SkillInterval(a, b));
    }
}
