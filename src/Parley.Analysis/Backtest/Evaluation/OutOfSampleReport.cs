using System.Collections.Immutable;
using System.Globalization;
using Parley.Analysis.Backtest.Deal;

namespace Parley.Analysis.Backtest.Evaluation;

/// <summary>One split of an evaluation: its name, how many issues it tests.</summary>
public sealed record PartitionInfo(string Evaluation, string Name, int TestIssues, int TrainingOnlyIssues);

/// <summary>How often a fit chose something (a candidate in the nested selection, a parameter set) over all training sets of an evaluation.</summary>
public sealed record ChoiceCount(string Evaluation, string Forecaster, string Choice, int Count, int Of);

/// <summary>One of the issue's goals, measured: met or not, with the figure that decides.</summary>
public sealed record GoalCheck(string Goal, string Measured, bool Met);

/// <summary>How many scored issues have a reference point and how many of those ended exactly there, by voting rule and procedure.</summary>
public sealed record StatusQuoCount(string By, string Group, int WithReferencePoint, int AtReferencePoint);

/// <summary>
/// The honest evaluation: repeated cross-validation (fold draws), time and wave splits; point
/// forecasts, status-quo probabilities and forecast distributions, every fitted quantity fitted in
/// the training set of each split.
/// </summary>
public sealed record OutOfSampleReport(
    int Draws,
    int Folds,
    ImmutableArray<PartitionInfo> Partitions,
    ImmutableArray<string> PointModels,
    ImmutableArray<string> ProbabilityModels,
    ImmutableArray<MetricSummary> Metrics,
    ImmutableArray<PairedSummary> Paired,
    ImmutableArray<SkillSummary> Skills,
    ImmutableArray<ChoiceCount> Choices,
    ImmutableArray<StatusQuoCount> StatusQuoCounts,
    ImmutableArray<GoalCheck> Goals)
{
    public const string Reference = "mean";
    public const string ReferenceDistribution = "mean|residual";
    public const double MaeGoal = 20.0, WidthGoal = 60, CoverageLow = 0.85, CoverageHigh = 0.95;

    public MetricSummary? Find(string evaluation, string key) => Metrics.FirstOrDefault(m => m.Evaluation == evaluation && m.Key == key);

    public PairedSummary? FindPaired(string evaluation, string key) => Paired.FirstOrDefault(m => m.Evaluation == evaluation && m.Key == key);

    public SkillSummary? FindSkill(string evaluation, string key) => Skills.FirstOrDefault(m => m.Evaluation == evaluation && m.Key == key);

    public ImmutableArray<string> Evaluations => [.. Partitions.Select(p => p.Evaluation).Distinct(StringComparer.Ordinal)];

    public static OutOfSampleReport Build(IReadOnlyList<PartitionScores> scores, IReadOnlyList<StatusQuoFeatures> statusQuo, IReadOnlyList<Deu.DeuIssue> issues,
        IReadOnlyList<string> pointModels, IReadOnlyList<string> probabilityModels, int draws, int folds, ProposalBootstrap bootstrap)
    {
        int n = issues.Count;
        var metrics = new List<MetricSummary>();
        var paired = new List<PairedSummary>();
        var skills = new List<SkillSummary>();
        var keys = scores.SelectMany(s => s.Values.Keys).Where(k => !k.StartsWith("p|", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        foreach (string evaluation in EvaluationSummary.Evaluations(scores))
        {
            foreach (string key in keys)
            {
                if (EvaluationSummary.Metric(scores, evaluation, key, n, bootstrap) is { } m) metrics.Add(m);
                string? versus = Versus(key);
                if (versus is not null && versus != key && EvaluationSummary.Paired(scores, evaluation, key, versus, n, bootstrap) is { } p) paired.Add(p);
                if ((key.StartsWith("brier|", StringComparison.Ordinal) || key.StartsWith("log|", StringComparison.Ordinal) || key.StartsWith("crps|", StringComparison.Ordinal))
                    && versus is not null && versus != key && EvaluationSummary.Skill(scores, evaluation, key, versus, n, bootstrap) is { } s) skills.Add(s);
            }
        }

        var choices = new List<ChoiceCount>();
        foreach (var group in scores.GroupBy(s => s.Partition.Evaluation))
        {
            foreach (var forecaster in group.SelectMany(s => s.Parameters.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var all = group.SelectMany(s => s.Parameters.TryGetValue(forecaster, out var list) ? list : []).ToList();
                foreach (var choice in all.Select(Choice).GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal))
                {
                    choices.Add(new ChoiceCount(group.Key, forecaster, choice.Key, choice.Count(), all.Count));
                }
            }
        }

        var partitions = scores.Select(s => new PartitionInfo(s.Partition.Evaluation, s.Partition.Name,
            s.Partition.Group.Count(g => g >= 0), s.Partition.Group.Count(g => g == Partition.TrainOnly))).ToList();
        var counts = new List<StatusQuoCount>();
        var withSq = Enumerable.Range(0, n).Where(i => statusQuo[i].HasStatusQuo).ToList();
        counts.Add(new StatusQuoCount("all", "all", withSq.Count, withSq.Count(i => statusQuo[i].AtStatusQuo)));
        foreach (var g in withSq.GroupBy(i => issues[i].VotingRule).OrderBy(g => g.Key, StringComparer.Ordinal)) counts.Add(new("voting_rule", g.Key, g.Count(), g.Count(i => statusQuo[i].AtStatusQuo)));
        foreach (var g in withSq.GroupBy(i => issues[i].Procedure).OrderBy(g => g.Key, StringComparer.Ordinal)) counts.Add(new("procedure", g.Key, g.Count(), g.Count(i => statusQuo[i].AtStatusQuo)));
        foreach (var g in withSq.GroupBy(i => statusQuo[i].InsideGridlock).OrderBy(g => g.Key)) counts.Add(new("sq_inside_gridlock", g.Key ? "yes" : "no", g.Count(), g.Count(i => statusQuo[i].AtStatusQuo)));

        var report = new OutOfSampleReport(draws, folds, [.. partitions], [.. pointModels], [.. probabilityModels], [.. metrics], [.. paired], [.. skills], [.. choices], [.. counts], []);
        return report with { Goals = [.. report.CheckGoals()] };
    }

    /// <summary>What a score is compared with: point errors and medians with the compromise model's error, distributions with the compromise ± residual, probabilities with the base rate.</summary>
    private static string? Versus(string key)
    {
        var parts = key.Split('|');
        return parts[0] switch
        {
            "ae" => "ae|" + Reference,
            "ae-median" => "ae|" + Reference,
            "crps" => "crps|" + ReferenceDistribution,
            "brier" => "brier|base-rate",
            "log" => "log|base-rate",
            _ => null,
        };
    }

    /// <summary>The part of a fit's account that names the choice (not its training score).</summary>
    private static string Choice(string parameters)
    {
        int cut = parameters.IndexOf(" (", StringComparison.Ordinal);
        string head = cut > 0 ? parameters[..cut] : parameters;
        int colon = parameters.IndexOf("): ", StringComparison.Ordinal);
        // Nested selection: "fitted (inner-CV MAE …): parameters" → "fitted: parameters" (without the training MAE).
        if (colon > 0)
        {
            string rest = parameters[(colon + 3)..];
            int inner = rest.IndexOf(" (", StringComparison.Ordinal);
            return head + ": " + (inner > 0 ? rest[..inner] : rest);
        }
        int semicolon = head.IndexOf("; coefficients", StringComparison.Ordinal);
        return semicolon > 0 ? head[..semicolon] : head;
    }

    /// <summary>The "done when" goals of the issue, measured on the repeated cross-validation.</summary>
    public IEnumerable<GoalCheck> CheckGoals()
    {
        string cv = Partition.RepeatedCv;
        if (FindSkill(cv, "brier|logistic") is { } bss)
        {
            yield return new GoalCheck("Brier skill of P(status quo) > 0 against the base rate, 95 % interval excluding 0",
                F($"logistic: BSS {bss.Mean:0.000} (fold draws {bss.P05:0.000}–{bss.P95:0.000}; 95 % CI {bss.Ci.Low:0.000} to {bss.Ci.High:0.000})"), bss.Mean > 0 && bss.Ci.Low > 0);
        }
        var reference = Find(cv, "crps|" + ReferenceDistribution);
        var bestCrps = Metrics.Where(m => m.Evaluation == cv && m.Key.StartsWith("crps|", StringComparison.Ordinal) && m.Key != "crps|" + ReferenceDistribution)
            .OrderBy(m => m.Mean).FirstOrDefault();
        if (reference is not null && bestCrps is not null)
        {
            var p = FindPaired(cv, bestCrps.Key);
            yield return new GoalCheck("CRPS better than mean±residual",
                F($"best: {Pretty(bestCrps.Key)}, CRPS {bestCrps.Mean:0.00} against {reference.Mean:0.00} (paired Δ {p?.Mean:+0.00;-0.00}, 95 % CI {p?.Ci.Low:0.00} to {p?.Ci.High:0.00})"),
                bestCrps.Mean < reference.Mean && p is not null && p.Ci.High < 0);
        }
        var calibrated = Metrics.Where(m => m.Evaluation == cv && m.Key.StartsWith("in90|", StringComparison.Ordinal)).Select(m => (Coverage: m, Width: Find(cv, "w90|" + m.Key[5..])))
            .Where(x => x.Width is not null).OrderBy(x => x.Width!.Mean).ToList();
        var met = calibrated.FirstOrDefault(x => x.Coverage.Mean is >= CoverageLow and <= CoverageHigh && x.Width!.Mean < WidthGoal);
        var narrowest = calibrated.FirstOrDefault(x => x.Coverage.Mean is >= CoverageLow and <= CoverageHigh);
        if (calibrated.Count > 0)
        {
            var shown = met.Coverage is not null ? met : narrowest.Coverage is not null ? narrowest : calibrated[0];
            yield return new GoalCheck("90 % intervals cover 85–95 % of outcomes with mean width under 60 points",
                F($"{(met.Coverage is not null ? "" : "narrowest with coverage in range: ")}{Pretty(shown.Coverage.Key)}, coverage {shown.Coverage.Mean:0.000}, mean width {shown.Width!.Mean:0.0}"), met.Coverage is not null);
        }
        if (Find(cv, "ae|selected") is { } selected)
        {
            var best = Metrics.Where(m => m.Evaluation == cv && (m.Key.StartsWith("ae|", StringComparison.Ordinal) || m.Key.StartsWith("ae-median|", StringComparison.Ordinal)))
                .OrderBy(m => m.Mean).First();
            yield return new GoalCheck("Repeated-CV MAE of the best model ≤ 20.0 (the nested selection, which pays for the choice)",
                F($"selected {selected.Mean:0.000} (fold draws {selected.P05:0.00}–{selected.P95:0.00}); lowest of all rows: {Pretty(best.Key)} {best.Mean:0.000} (a choice made after seeing the outer scores)"),
                selected.Mean <= MaeGoal);
        }
    }

    /// <summary>A score key as a reader names it: <c>crps|fitted|residual</c> → "fitted (residual)" (no pipes, which would break a markdown table).</summary>
    public static string Pretty(string key)
    {
        var parts = key.Split('|');
        return parts.Length switch
        {
            3 => $"{parts[1]} ({parts[2]})",
            2 => parts[1],
            _ => key,
        };
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
