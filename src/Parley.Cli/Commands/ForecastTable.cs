using System.Globalization;
using Parley.Analysis.Deal;
using Parley.Core;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

/// <summary>
/// The forecast as an analyst reads it: one row per dimension, one column per model, each number
/// with the nearest labelled point of its scale; the scales' labels follow the table, so that
/// "55.8" can be read as "between a freeze and step-by-step denuclearisation".
/// </summary>
public static class ForecastTable
{
    /// <param name="outlook">P(status quo holds) and the win-sets; adds a P(SQ) column and a "Deal or no deal" block.</param>
    public static IRenderable Build(Scenario scenario, IReadOnlyList<Forecast> forecasts, StatusQuoOutlook? outlook = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle("[bold]" + Markup.Escape(scenario.Title) + "[/]" + (scenario.AsOf is { } d ? $" [dim](as of {d:yyyy-MM-dd})[/]" : ""));
        table.AddColumn(new TableColumn("[bold]Dimension[/]"));
        table.AddColumn(new TableColumn("[bold]Status quo[/]").RightAligned());
        if (outlook is not null) table.AddColumn(new TableColumn("[bold]P(SQ)[/]").RightAligned());
        foreach (var f in forecasts) table.AddColumn(new TableColumn($"[bold]{Markup.Escape(f.ModelId)}[/]").RightAligned());

        foreach (var dimension in scenario.Dimensions)
        {
            var cells = new List<IRenderable>
            {
                new Markup($"{Markup.Escape(dimension.Label)}\n[dim]{Markup.Escape(dimension.Id)}[/]"),
                new Markup(dimension.StatusQuo is { } sq ? Cell(dimension, sq) : "[dim]–[/]"),
            };
            if (outlook is not null)
            {
                var p = outlook.Dimensions[scenario.DimensionIndex(dimension.Id)].StatusQuoProbability;
                cells.Add(new Markup(p is { } value ? $"[bold]{value.ToString("0.00", CultureInfo.InvariantCulture)}[/]" : "[dim]–[/]"));
            }
            foreach (var forecast in forecasts)
            {
                var outcome = forecast.Dimensions.FirstOrDefault(x => x.DimensionId == dimension.Id);
                cells.Add(new Markup(outcome is null || double.IsNaN(outcome.Outcome) ? "[dim]–[/]" : Cell(dimension, outcome.Outcome)));
            }
            table.AddRow(cells);
        }

        var parts = new List<IRenderable> { table };
        if (outlook is not null) parts.Add(DealOrNoDeal(scenario, outlook));
        var models = new Grid().AddColumn().AddColumn();
        foreach (var f in forecasts) models.AddRow($"[bold]{Markup.Escape(f.ModelId)}[/]", Markup.Escape(f.ModelName));
        parts.Add(new Padder(models, new Padding(1, 0, 0, 0)));
        var scales = Legend(scenario);
        if (scales is not null) parts.Add(scales);
        if (scenario.Question is { } question) parts.Add(new Markup("[dim]Question: " + Markup.Escape(question) + "[/]\n"));
        return new Rows(parts);
    }

    /// <summary>One line per dimension: the rule and its win-set at the stated numbers.</summary>
    private static IRenderable DealOrNoDeal(Scenario scenario, StatusQuoOutlook outlook)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var d in outlook.Dimensions)
        {
            var rule = scenario.RuleFor(scenario.DimensionIndex(d.DimensionId));
            grid.AddRow(new Markup($"[dim]{Markup.Escape(d.DimensionId)}[/]"),
                new Markup($"win-set under {Markup.Escape(rule.KindName)}: {Markup.Escape(d.WinSet.Describe())}"));
        }
        if (outlook.Package is { } package)
        {
            string text = package.IsEmpty
                ? "empty — no package of moves on several dimensions gains every veto player"
                : "not empty — a package gains every veto player (moving " + string.Join(", ", package.Direction.Select((x, k) => (x, k)).Where(t => Math.Abs(t.x) > 0.05)
                    .Select(t => $"{scenario.Dimensions[t.k].Id} {(t.x > 0 ? "up" : "down")}")) + ")";
            grid.AddRow(new Markup("[dim]package[/]"), new Markup("win-set of all dimensions together: " + Markup.Escape(text)));
        }
        string note = $"P(SQ): share of {outlook.Runs:N0} draws of the uncertain inputs (seed {outlook.Seed}) in which no winning coalition prefers any change to the status quo";
        return new Padder(new Rows(new Markup("[bold]Deal or no deal[/]"), grid, new Markup("[dim]" + Markup.Escape(note) + "[/]")), new Padding(1, 1, 0, 1));
    }

    private static string Cell(Dimension dimension, double value)
    {
        string number = $"[bold]{Format(value)}[/]";
        // Point to an anchor only when the number is close to it; otherwise "≈" would mislead.
        return dimension.NearestAnchor(value) is { } anchor && Math.Abs(anchor.Value - value) <= 0.125 * dimension.Scale.Width
            ? $"{number}\n[dim]≈ {Format(anchor.Value)}[/]"
            : number;
    }

    private static IRenderable? Legend(Scenario scenario)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        bool any = false;
        foreach (var dimension in scenario.Dimensions)
        {
            if (dimension.AnchorPoints.Count == 0) continue;
            any = true;
            string anchors = string.Join("\n", dimension.AnchorPoints.OrderBy(a => a.Value).Select(a => $"[bold]{Format(a.Value),5}[/]  {Markup.Escape(a.Label)}"));
            grid.AddRow(new Markup($"[dim]{Markup.Escape(dimension.Id)}[/]"), new Markup(anchors));
        }
        return any ? new Padder(new Rows(new Markup("[bold]Scales[/]"), grid), new Padding(1, 1, 0, 0)) : null;
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
