using System.Globalization;
using Parley.Core;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

/// <summary>
/// How a dynamic model's forecast unfolded: one table per dimension with the median and mean after
/// every round, how many actors moved and which moves they were, and why the run stopped.
/// </summary>
public static class RoundsTable
{
    /// <summary>Moves listed per round before the rest is summarised as "… and N more".</summary>
    private const int MovesShown = 4;

    public static IEnumerable<IRenderable> Build(Scenario scenario, Forecast forecast)
    {
        foreach (var d in forecast.Dimensions)
        {
            if (d.Rounds.IsDefaultOrEmpty) continue;
            var dimension = scenario.Dimensions[scenario.DimensionIndex(d.DimensionId)];
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.Title = new TableTitle($"[bold]{Markup.Escape(forecast.ModelId)}[/] · {Markup.Escape(dimension.Label)}: round by round");
            if (d.StopReason is { } reason) table.Caption = new TableTitle("[dim]" + Markup.Escape(reason) + "[/]");
            table.AddColumn(new TableColumn("[bold]Round[/]").RightAligned());
            table.AddColumn(new TableColumn("[bold]Median[/]").RightAligned());
            table.AddColumn(new TableColumn("[bold]Mean[/]").RightAligned());
            table.AddColumn(new TableColumn("[bold]Moved[/]").RightAligned());
            table.AddColumn(new TableColumn("[bold]Moves (actor: kind ← proposer, from → to)[/]"));
            foreach (var round in d.Rounds)
            {
                table.AddRow(
                    new Markup(round.Number.ToString(CultureInfo.InvariantCulture)),
                    new Markup(Number(round.Median)),
                    new Markup(Number(round.Mean)),
                    new Markup(round.Number == 0 ? "[dim]–[/]" : round.Moves.Length.ToString(CultureInfo.InvariantCulture)),
                    new Markup(Markup.Escape(Moves(scenario, round))));
            }
            yield return table;
        }
    }

    private static string Moves(Scenario scenario, Round round)
    {
        if (round.Number == 0) return "input positions";
        if (round.Moves.IsDefaultOrEmpty) return "";
        var shown = round.Moves.Take(MovesShown).Select(m =>
        {
            string proposer = m.Counterpart is { } c ? " ← " + scenario.Actors[c].Id : "";
            return $"{scenario.Actors[m.Actor].Id}: {m.Kind}{proposer}, {Number(m.From)} → {Number(m.To)}";
        });
        string text = string.Join("; ", shown);
        return round.Moves.Length > MovesShown ? text + $"; … and {round.Moves.Length - MovesShown} more" : text;
    }

    private static string Number(double value) => double.IsNaN(value) ? "–" : value.ToString("0.##", CultureInfo.InvariantCulture);
}
