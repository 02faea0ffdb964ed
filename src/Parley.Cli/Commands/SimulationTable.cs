using System.Globalization;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

/// <summary>The Monte Carlo result as a table: point forecast, centre, 5–95 % band, a histogram sparkline, thresholds.</summary>
public static class SimulationTable
{
    private const string Bars = " ▁▂▃▄▅▆▇█";

    public static IRenderable Build(Scenario scenario, IReadOnlyList<Forecast> forecasts, MonteCarloResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"[bold]{Markup.Escape(scenario.Title)}[/] — {result.CompletedRuns:N0} runs, seed {result.Options.Seed}, {result.Options.Distribution.Id()} draws over {result.UncertainInputCount} uncertain inputs");
        table.AddColumn("[bold]Dimension[/]");
        table.AddColumn("[bold]Model[/]");
        table.AddColumn(new TableColumn("[bold]Point[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Mean[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Median[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]5–95 %[/]").RightAligned());
        table.AddColumn(new TableColumn($"[bold]Histogram[/] [dim](scale, {result.Options.Bins} bars)[/]"));
        bool anyThreshold = result.Options.Thresholds.Count > 0;
        if (anyThreshold) table.AddColumn("[bold]Thresholds[/]");

        for (int d = 0; d < scenario.Dimensions.Count; d++)
        {
            var dimension = scenario.Dimensions[d];
            for (int m = 0; m < forecasts.Count; m++)
            {
                var dist = result[m, d];
                var cells = new List<IRenderable>
                {
                    new Markup(m == 0 ? Markup.Escape(dimension.Label) : ""),
                    new Markup(Markup.Escape(forecasts[m].ModelId)),
                    new Markup(F(forecasts[m].Dimensions[d].Outcome)),
                    new Markup("[bold]" + F(dist.Mean) + "[/]"),
                    new Markup(F(dist.P50)),
                    new Markup($"{F(dist.P05)}–{F(dist.P95)}"),
                    new Text(Sparkline(dist)),
                };
                if (anyThreshold)
                {
                    cells.Add(new Markup(string.Join("\n", dist.Thresholds.Select(t => $"P({Markup.Escape(t.Threshold.ToString())}) = {t.Probability.ToString("0.000", CultureInfo.InvariantCulture)}"))));
                }
                table.AddRow(cells);
            }
        }
        return table;
    }

    private static string Sparkline(OutcomeDistribution d)
    {
        int max = d.Histogram.Max(b => b.Count);
        if (max == 0) return "";
        return string.Concat(d.Histogram.Select(b => b.Count == 0 ? '·' : Bars[Math.Max(1, (int)Math.Round(8.0 * b.Count / max))]));
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0", CultureInfo.InvariantCulture);
}
