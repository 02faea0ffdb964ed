using System.Globalization;
using Parley.Analysis.Backtest;
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
        terminal.Out.MarkupLine(F($"[dim]{r.Elapsed.TotalSeconds:0.0} s[/]"));
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
