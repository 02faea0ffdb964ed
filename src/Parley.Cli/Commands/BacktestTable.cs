using Parley.Models;
using System.Globalization;
using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Evaluation;
using Parley.Cli.Infrastructure;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>The backtest as an analyst reads it: the score table, failures, and the calibration check.</summary>
public static class BacktestTable
{
    public static void Print(Terminal terminal, BacktestResult r)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"DEU III backtest: {r.Issues.Length} issues with known outcomes, {r.Options.Folds}-fold CV by proposal, time split {r.Options.TimeSplit:yyyy-MM-dd}");
        table.Caption = new TableTitle("[dim]MAE on 0–100 scales; 95 % CI: bootstrap over proposals; Δ: paired difference in absolute error vs mean/gdp (negative = better)[/]");
        foreach (var h in new[] { "model", "capability", "evaluation", "issues", "MAE", "95 % CI", "RMSE", "median AE", "≤10", "≤20", "Δ vs mean/gdp" })
        {
            var column = new TableColumn($"[bold]{Markup.Escape(h)}[/]");
            if (h is not ("model" or "capability" or "evaluation")) column.RightAligned();
            table.AddColumn(column);
        }
        foreach (var s in r.Scores)
        {
            var p = r.Paired.FirstOrDefault(x => x.Model == s.Model && x.Capability == s.Capability && x.Evaluation == s.Evaluation);
            string delta = p is null ? "[dim]reference[/]" : F($"{p.MaeDifference:+0.00;-0.00;0.00} [[{p.Ci.Low:0.00}, {p.Ci.High:0.00}]]");
            if (p is not null && p.Ci.High < 0) delta = "[green]" + delta + "[/]";
            table.AddRow(Markup.Escape(s.Model), s.Capability, s.Evaluation, s.Scores.Issues.ToString(CultureInfo.InvariantCulture),
                F($"[bold]{s.Scores.Mae:0.00}[/]"), F($"{s.MaeCi.Low:0.00}–{s.MaeCi.High:0.00}"), F($"{s.Scores.Rmse:0.00}"), F($"{s.Scores.MedianAe:0.00}"),
                F($"{s.Scores.Within10:0.00}"), F($"{s.Scores.Within20:0.00}"), delta);
        }
        terminal.Out.Write(table);
        foreach (var f in r.Failures)
        {
            terminal.Out.MarkupLine(F($"[yellow]{Markup.Escape(f.Model)} / {f.Capability}[/]: {f.Failed} failed, {f.TimedOut} timed out, {f.Skipped} skipped") + (f.FirstMessage is null ? "" : " — " + Markup.Escape(f.FirstMessage)));
        }
        if (r.Fitted is { } fitted) terminal.Out.MarkupLine("[bold]fitted[/] on all issues: " + Markup.Escape(fitted.ToString()));
        foreach (var c in r.Calibration.Where(c => Math.Abs(c.Level - 0.5) < 1e-9 || Math.Abs(c.Level - 0.9) < 1e-9))
        {
            terminal.Out.MarkupLine(F($"calibration [bold]{Markup.Escape(c.Forecaster)}[/] ({c.Evaluation}): {c.Share:P1} of outcomes inside the {c.Level:P0} intervals (mean width {c.MeanWidth:0.0})"));
        }
        if (r.OutOfSample is { } oos) PrintOutOfSample(terminal, oos);
        terminal.Out.MarkupLine(F($"[dim]{r.Elapsed.TotalSeconds:0.0} s[/]"));
    }

    /// <summary>Repeated cross-validation and splits: MAE, P(status quo) and distribution scores, and the goals.</summary>
    private static void PrintOutOfSample(Terminal terminal, OutOfSampleReport r)
    {
        string cv = Partition.RepeatedCv;
        var mae = new Table().Border(TableBorder.Rounded);
        mae.Title = new TableTitle(F($"Out of sample: {r.Draws} fold draws × {r.Folds} folds (mean and 5–95 % over draws), time and wave splits"));
        mae.Caption = new TableTitle("[dim]MAE; Δ: paired vs mean with 95 % bootstrap CI; BSS: Brier skill of P(status quo) vs the base rate[/]");
        foreach (var h in new[] { "evaluation", "test issues", BuiltinModels.Compromise.Id, BuiltinModels.Fitted.Id, "Δ " + BuiltinModels.Fitted.Id, "selected (nested)", "Δ selected", "BSS logistic" })
        {
            mae.AddColumn(new TableColumn($"[bold]{Markup.Escape(h)}[/]").RightAligned());
        }
        foreach (var evaluation in r.Evaluations)
        {
            var info = r.Partitions.First(p => p.Evaluation == evaluation);
            string Cell(string key) => r.Find(evaluation, key) is { } m
                ? (m.Partitions > 1 ? F($"{m.Mean:0.00} ({m.P05:0.00}–{m.P95:0.00})") : F($"{m.Mean:0.00}")) : "—";
            string Delta(string key) => r.FindPaired(evaluation, key) is { } p ? F($"{p.Mean:+0.00;-0.00;0.00} [[{p.Ci.Low:0.00}, {p.Ci.High:0.00}]]") : "—";
            string Skill(string key) => r.FindSkill(evaluation, key) is { } s ? F($"{s.Mean:+0.000;-0.000;0.000} [[{s.Ci.Low:0.000}, {s.Ci.High:0.000}]]") : "—";
            mae.AddRow(Markup.Escape(evaluation), F($"{info.TestIssues}"), Cell("ae|mean"), Cell("ae|fitted"), Delta("ae|fitted"), Cell("ae|selected"), Delta("ae|selected"), Skill("brier|logistic"));
        }
        terminal.Out.Write(mae);

        var dist = new Table().Border(TableBorder.Rounded);
        dist.Title = new TableTitle("Forecast distributions (repeated CV): CRPS, coverage and width of the 50 % / 90 % intervals, MAE of the median");
        foreach (var h in new[] { "model", "distribution", "CRPS", "Δ vs mean±residual", "cover 50 %", "width 50 %", "cover 90 %", "width 90 %", "MAE median" })
        {
            var column = new TableColumn($"[bold]{Markup.Escape(h)}[/]");
            if (h is not ("model" or "distribution")) column.RightAligned();
            dist.AddColumn(column);
        }
        foreach (var model in r.PointModels)
        {
            foreach (var kind in OutOfSampleEvaluation.Kinds)
            {
                string suffix = "|" + model + "|" + kind;
                if (r.Find(cv, "crps" + suffix) is not { } crps) continue;
                var p = r.FindPaired(cv, "crps" + suffix);
                dist.AddRow(Markup.Escape(model), kind, F($"{crps.Mean:0.00}"), p is null ? "[dim]reference[/]" : F($"{p.Mean:+0.00;-0.00;0.00} [[{p.Ci.Low:0.00}, {p.Ci.High:0.00}]]"),
                    F($"{r.Find(cv, "in50" + suffix)?.Mean:0.000}"), F($"{r.Find(cv, "w50" + suffix)?.Mean:0.0}"), F($"{r.Find(cv, "in90" + suffix)?.Mean:0.000}"),
                    F($"{r.Find(cv, "w90" + suffix)?.Mean:0.0}"), F($"{r.Find(cv, "ae-median" + suffix)?.Mean:0.00}"));
            }
        }
        terminal.Out.Write(dist);
        if (r.StatusQuoCounts.FirstOrDefault(c => c.By == "all") is { } all)
        {
            terminal.Out.MarkupLine(F($"status quo held on {all.AtReferencePoint} of {all.WithReferencePoint} issues with a reference point"));
        }
        foreach (var g in r.Goals)
        {
            terminal.Out.MarkupLine((g.Met ? "[green]goal met[/]: " : "[yellow]goal not met[/]: ") + Markup.Escape(g.Goal) + " — " + Markup.Escape(g.Measured));
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
