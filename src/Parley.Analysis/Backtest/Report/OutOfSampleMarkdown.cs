using Parley.Models;
using System.Globalization;
using System.Text;
using Parley.Analysis.Backtest.Evaluation;

namespace Parley.Analysis.Backtest.Report;

/// <summary>The repeated cross-validation, time splits, status-quo and distribution tables of docs/accuracy.md.</summary>
public static class OutOfSampleMarkdown
{
    /// <summary>Models whose distributions the report lists (the JSON has every model).</summary>
    public static readonly string[] DistributionModels = [BuiltinModels.Compromise.Id, BuiltinModels.Median.Id, BuiltinModels.ExpectedUtility.Id, BuiltinModels.Spatial.Id, BuiltinModels.Fitted.Id, "selected"];

    public static void Append(StringBuilder md, OutOfSampleReport r)
    {
        string cv = Partition.RepeatedCv;
        var draws = r.Partitions.Where(p => p.Evaluation == cv).ToList();
        md.AppendLine("## Honest evaluation: repeated cross-validation, nested selection, time splits").AppendLine();
        md.AppendLine(F($"Repeated cross-validation: {r.Draws} random assignments of whole proposals to {r.Folds} folds (seeds {draws.FirstOrDefault()?.Name[5..]} to {draws.LastOrDefault()?.Name[5..]}; the `cv` rows above are the first draw). Every fitted quantity — parameters, grid point, ridge penalty, error atoms of the distributions — is fitted on the training folds only. `selected` also chooses the model family inside each training set: the candidate (plain compromise, every candidate above, or the fitted family on a coarser grid) with the lowest MAE in an inner 5-fold cross-validation of the training issues, refitted on them — nested cross-validation, the honest score of \"pick the best model\". Mean and 5–95 % range are over the fold draws (never the best draw); the 95 % CI is a bootstrap over proposals of the per-issue error averaged over draws; Δ is paired against the compromise model (`mean`, GDP) on the same issues."));
        md.AppendLine();
        md.AppendLine("| model | MAE (mean of draws) | 5–95 % of draws | min–max | 95 % CI | Δ vs mean | 95 % CI of Δ |");
        md.AppendLine("|---|--:|---|---|---|--:|---|");
        foreach (var m in r.Metrics.Where(m => m.Evaluation == cv && m.Key.StartsWith("ae|", StringComparison.Ordinal)).OrderBy(m => m.Mean))
        {
            var p = r.FindPaired(cv, m.Key);
            md.AppendLine(F($"| {m.Key[3..]} | {m.Mean:0.000} | {m.P05:0.00}–{m.P95:0.00} | {m.Min:0.00}–{m.Max:0.00} | {m.Ci.Low:0.00}–{m.Ci.High:0.00} | {(p is null ? "—" : F($"{p.Mean:+0.000;-0.000;0.000}"))} | {(p is null ? "" : F($"{p.Ci.Low:0.00} to {p.Ci.High:0.00}"))} |"));
        }
        md.AppendLine();
        var fittedChoices = r.Choices.Where(c => c.Evaluation == cv && c.Forecaster == BuiltinModels.Fitted.Id).ToList();
        var selectedChoices = r.Choices.Where(c => c.Evaluation == cv && c.Forecaster == "selected").ToList();
        if (fittedChoices.Count > 0)
        {
            md.AppendLine(F($"What the {fittedChoices[0].Of} training sets chose — `fitted`: ") + string.Join("; ", fittedChoices.Select(c => F($"{c.Choice} ({c.Count})"))) + ".");
        }
        if (selectedChoices.Count > 0)
        {
            md.AppendLine("`selected`: " + string.Join("; ", selectedChoices.Select(c => F($"{c.Choice} ({c.Count})"))) + ".");
        }
        md.AppendLine();

        md.AppendLine("Time and wave splits (fit on the earlier proposals, test on the later; one split each, so no range over draws):").AppendLine();
        md.AppendLine("| split | test issues | mean | fitted | Δ fitted vs mean (95 % CI) | selected | Δ selected vs mean (95 % CI) | Brier skill of P(SQ) (95 % CI) |");
        md.AppendLine("|---|--:|--:|--:|---|--:|---|---|");
        foreach (var evaluation in r.Evaluations.Where(e => e != cv))
        {
            var info = r.Partitions.First(p => p.Evaluation == evaluation);
            var mean = r.Find(evaluation, "ae|mean");
            var fitted = r.Find(evaluation, "ae|fitted");
            var selected = r.Find(evaluation, "ae|selected");
            var pf = r.FindPaired(evaluation, "ae|fitted");
            var ps = r.FindPaired(evaluation, "ae|selected");
            var bss = r.FindSkill(evaluation, "brier|logistic");
            md.AppendLine(F($"| {info.Name} | {info.TestIssues} | {mean?.Mean:0.000} | {fitted?.Mean:0.000} | {pf?.Mean:+0.00;-0.00;0.00} ({pf?.Ci.Low:0.00} to {pf?.Ci.High:0.00}) | {selected?.Mean:0.000} | {ps?.Mean:+0.00;-0.00;0.00} ({ps?.Ci.Low:0.00} to {ps?.Ci.High:0.00}) | {bss?.Mean:0.000} ({bss?.Ci.Low:0.000} to {bss?.Ci.High:0.000}) |"));
        }
        md.AppendLine();
        var significant = r.Evaluations.Where(e => e != cv).Where(e => r.FindPaired(e, "ae|fitted") is { } p && p.Ci.High < 0).ToList();
        md.AppendLine(significant.Count == 0
            ? "No time or wave split shows `fitted` significantly better than the compromise model (every paired interval includes zero)."
            : F($"Time or wave splits where `fitted` beats the compromise model with the paired interval below zero: {string.Join(", ", significant)} ({significant.Count} of {r.Evaluations.Length - 1}); in the others the interval includes zero. The independent review found no significant time split; the earliest cut, with the most test issues, is the exception here."));
        md.AppendLine();

        md.AppendLine("## Will there be a deal? P(status quo holds)").AppendLine();
        var all = r.StatusQuoCounts.FirstOrDefault(c => c.By == "all");
        if (all is not null)
        {
            md.AppendLine(F($"Of the scored issues, {all.WithReferencePoint} have a reference point (status quo) and **{all.AtReferencePoint} ({(double)all.AtReferencePoint / all.WithReferencePoint:P0}) ended exactly at it**: ")
                + string.Join(", ", r.StatusQuoCounts.Where(c => c.By != "all").Select(c => F($"{c.By} {c.Group} {c.AtReferencePoint}/{c.WithReferencePoint}"))) + ".");
            md.AppendLine();
        }
        md.AppendLine("The event scored is \"the outcome equals the reference point\", on issues with one. `base-rate`: the training share (the reference forecast of the skill scores). `gridlock`: one training share for issues whose reference point lies in the gridlock interval of the issue's decision rule (no winning coalition prefers a move either way: consultation + QMV = Commission and a Council qualified majority, or Council unanimity; co-decision = Parliament and the Council under its rule; Council votes of the issue's Union; members without a stated position at the compromise) and one for the rest. `logistic`: ridge logistic regression on: reference point in the gridlock interval, its distance to the compromise, unanimity, co-decision, log number of actors, spread of saliences, and the capability × salience share of actors standing at the reference point; ridge penalty chosen by inner cross-validation. Brier score (lower is better), log score (lower is better), skill = 1 − score / base-rate score with its 95 % bootstrap interval over proposals.").AppendLine();
        md.AppendLine("| forecaster | evaluation | issues | Brier | 5–95 % of draws | Brier skill | 95 % CI | log score | log skill |");
        md.AppendLine("|---|---|--:|--:|---|--:|---|--:|--:|");
        foreach (var evaluation in r.Evaluations)
        {
            foreach (var model in r.ProbabilityModels)
            {
                var brier = r.Find(evaluation, "brier|" + model);
                var log = r.Find(evaluation, "log|" + model);
                if (brier is null || log is null) continue;
                var bss = r.FindSkill(evaluation, "brier|" + model);
                var lss = r.FindSkill(evaluation, "log|" + model);
                md.AppendLine(F($"| {model} | {evaluation} | {brier.Issues} | {brier.Mean:0.0000} | {brier.P05:0.0000}–{brier.P95:0.0000} | {(bss is null ? "—" : F($"{bss.Mean:+0.000;-0.000;0.000}"))} | {(bss is null ? "" : F($"{bss.Ci.Low:0.000} to {bss.Ci.High:0.000}"))} | {log.Mean:0.0000} | {(lss is null ? "—" : F($"{lss.Mean:+0.000;-0.000;0.000}"))} |"));
            }
        }
        md.AppendLine();
        var logistic = r.Choices.Where(c => c.Evaluation == cv && c.Forecaster == "p:logistic").ToList();
        if (logistic.Count > 0) md.AppendLine("Ridge penalty chosen by the training sets: " + string.Join("; ", logistic.Select(c => F($"{c.Choice} ({c.Count} of {c.Of})"))) + ".").AppendLine();

        md.AppendLine("## Forecast distributions: CRPS, coverage, width").AppendLine();
        md.AppendLine("Each forecast distribution is a set of point masses on the 0–100 scale, built from the training folds only: `residual` = forecast ± each absolute training error (the `±residual` intervals of the calibration table); `empirical` = forecast + each signed training error; `deal` = a point mass at the reference point with the logistic P(SQ), plus, with the rest, forecast + the signed errors of training issues that did not end at their reference point (a split-conformal \"if there is a deal\" part); `deal-scaled` = the same with each error divided by its issue's spread of positions (capability × salience weighted sd, + 5 points) and multiplied by the test issue's. All censored to the scale. CRPS (exact for point masses; lower is better; for a point forecast it equals the absolute error), coverage and mean width of the central 50 % and 90 % intervals, MAE of the distribution's median. Δ CRPS: paired against `mean` `residual` (the compromise model's distribution today). Repeated cross-validation, mean over the fold draws.").AppendLine();
        md.AppendLine("| model | distribution | CRPS | 5–95 % of draws | Δ CRPS vs mean±residual (95 % CI) | coverage 50 % | width 50 % | coverage 90 % | width 90 % | MAE of median |");
        md.AppendLine("|---|---|--:|---|---|--:|--:|--:|--:|--:|");
        foreach (var model in DistributionModels)
        {
            foreach (var kind in OutOfSampleEvaluation.Kinds)
            {
                string suffix = "|" + model + "|" + kind;
                var crps = r.Find(cv, "crps" + suffix);
                if (crps is null) continue;
                var p = r.FindPaired(cv, "crps" + suffix);
                md.AppendLine(F($"| {model} | {kind} | {crps.Mean:0.00} | {crps.P05:0.00}–{crps.P95:0.00} | {(p is null ? "—" : F($"{p.Mean:+0.00;-0.00;0.00} ({p.Ci.Low:0.00} to {p.Ci.High:0.00})"))} | {r.Find(cv, "in50" + suffix)?.Mean:0.000} | {r.Find(cv, "w50" + suffix)?.Mean:0.0} | {r.Find(cv, "in90" + suffix)?.Mean:0.000} | {r.Find(cv, "w90" + suffix)?.Mean:0.0} | {r.Find(cv, "ae-median" + suffix)?.Mean:0.00} |"));
            }
        }
        md.AppendLine();
        md.AppendLine("Every model's rows, and the same scores on the time and wave splits: `parley backtest deu3 --format json` (`out_of_sample`).").AppendLine();

        md.AppendLine("## Goals (measured on the repeated cross-validation; nothing tuned to meet them)").AppendLine();
        md.AppendLine("| goal | measured | met |");
        md.AppendLine("|---|---|---|");
        foreach (var g in r.Goals) md.AppendLine($"| {g.Goal} | {g.Measured} | {(g.Met ? "**yes**" : "**no**")} |");
        md.AppendLine();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
