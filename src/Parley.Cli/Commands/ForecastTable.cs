using System.Globalization;
using Parley.Core;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

/// <summary>
/// The forecast as an analyst reads it: one row per dimension, one column per model, each number
/// with the nearest labelled point of the scale so that "62" means something.
/// </summary>
public static class ForecastTable
{
    public static IRenderable Build(Scenario scenario, IReadOnlyList<Forecast> forecasts)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.Title = new TableTitle(Markup.Escape(scenario.Title) + (scenario.AsOf is { } d ? $" [dim](as of {d:yyyy-MM-dd})[/]" : ""));
        if (scenario.Question is { } question) table.Caption = new TableTitle("[dim]" + Markup.Escape(question) + "[/]");
        table.AddColumn(new TableColumn("[bold]Dimension[/]"));
        table.AddColumn(new TableColumn("[bold]Status quo[/]").RightAligned());
        foreach (var f in forecasts) table.AddColumn(new TableColumn($"[bold]{Markup.Escape(f.ModelId)}[/]\n[dim]{Markup.Escape(f.ModelName)}[/]").RightAligned());

        foreach (var dimension in scenario.Dimensions)
        {
            var cells = new List<IRenderable>
            {
                new Markup($"{Markup.Escape(dimension.Label)}\n[dim]{Markup.Escape(dimension.Id)} · {Markup.Escape(ScaleText(dimension))}[/]"),
                new Markup(dimension.StatusQuo is { } sq ? Cell(dimension, sq) : "[dim]–[/]"),
            };
            foreach (var forecast in forecasts)
            {
                var outcome = forecast.Dimensions.FirstOrDefault(x => x.DimensionId == dimension.Id);
                cells.Add(new Markup(outcome is null || double.IsNaN(outcome.Outcome) ? "[dim]–[/]" : Cell(dimension, outcome.Outcome)));
            }
            table.AddRow(cells);
        }
        return table;
    }

    private static string Cell(Dimension dimension, double value)
    {
        string number = $"[bold]{value.ToString("0.0", CultureInfo.InvariantCulture)}[/]";
        // Name an anchor only when the number is close to it; otherwise "≈" would mislead.
        return dimension.NearestAnchor(value) is { } anchor && Math.Abs(anchor.Value - value) <= 0.125 * dimension.Scale.Width
            ? $"{number}\n[dim]≈ {Markup.Escape(Shorten(anchor.Label, 28))} ({anchor.Value.ToString("0.##", CultureInfo.InvariantCulture)})[/]"
            : number;
    }

    private static string ScaleText(Dimension dimension)
    {
        var anchors = dimension.AnchorPoints;
        string min = dimension.Scale.Min.ToString("0.##", CultureInfo.InvariantCulture);
        string max = dimension.Scale.Max.ToString("0.##", CultureInfo.InvariantCulture);
        var low = anchors.FirstOrDefault(a => a.Value == dimension.Scale.Min);
        var high = anchors.FirstOrDefault(a => a.Value == dimension.Scale.Max);
        return low is not null && high is not null
            ? $"{min} {Shorten(low.Label, 30)} … {max} {Shorten(high.Label, 30)}"
            : $"scale {min}–{max}";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
