using System.Globalization;
using Parley.Core;
using Parley.Models;
using Parley.Models.Exchange;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>Renders an exchange-model run: outcomes before and after, the top trades, and every actor's balance.</summary>
internal static class ExchangesTable
{
    public static void Render(IAnsiConsole console, Scenario scenario, ExchangeModel model, Forecast forecast, TradeLedger ledger, int top)
    {
        var outcomes = new Table().Border(TableBorder.Rounded);
        outcomes.Title = new TableTitle($"[bold]{Markup.Escape(scenario.Title)}[/] — position exchange (preset {Markup.Escape(model.Options.Preset)}, {model.Options.Rounds} rounds)");
        outcomes.AddColumn("Dimension");
        outcomes.AddColumn(new TableColumn("Start").RightAligned());
        outcomes.AddColumn(new TableColumn("After exchange").RightAligned());
        foreach (var d in forecast.Dimensions)
        {
            double start = d.Rounds.IsDefaultOrEmpty ? d.Outcome : d.Rounds[0].Mean;
            outcomes.AddRow(Markup.Escape(d.DimensionId), F(start), F(d.Outcome));
        }
        outcomes.Caption = new TableTitle("[dim]capability × salience weighted mean of positions: before any trade, and of the voting positions after the last round[/]");
        console.Write(outcomes);

        if (ledger.Ranked.IsEmpty)
        {
            console.MarkupLine("No profitable exchange: no two actors weigh a pair of dimensions differently enough while standing on opposite sides.");
            return;
        }

        var trades = new Table().Border(TableBorder.Rounded);
        trades.Title = new TableTitle($"[bold]{ledger.Ranked.Length}[/] executed trade(s), highest gain first" + (ledger.Ranked.Length > top ? $" (top {top})" : ""));
        trades.AddColumn(new TableColumn("#").RightAligned());
        trades.AddColumn(new TableColumn("Round").RightAligned());
        trades.AddColumn("Trade");
        trades.AddColumn(new TableColumn("Gain").RightAligned());
        trades.AddColumn(new TableColumn("Third parties +/−").RightAligned());
        int rank = 0;
        foreach (var t in ledger.Ranked.Take(top))
        {
            rank++;
            double plus = t.Externalities.InnerPositive + t.Externalities.OuterPositive;
            double minus = t.Externalities.InnerNegative + t.Externalities.OuterNegative;
            string cut = t.First.Cut || t.Second.Cut ? " [dim](cut at partner)[/]" : "";
            trades.AddRow(rank.ToString(CultureInfo.InvariantCulture), t.Round.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(TradeLedger.Describe(t)) + cut, TradeLedger.G(t.Gain), $"{TradeLedger.G(plus)} / {TradeLedger.G(minus)}");
        }
        trades.Caption = new TableTitle("[dim]each side gives ground where it cares less and both gain the same (equal gain, in salience-weighted outcome shift)[/]");
        console.Write(trades);

        var actors = new Table().Border(TableBorder.Rounded);
        actors.Title = new TableTitle("Who gains and who bears the externalities");
        actors.AddColumn("Actor");
        actors.AddColumn(new TableColumn("Trades").RightAligned());
        actors.AddColumn(new TableColumn("Own gain").RightAligned());
        actors.AddColumn(new TableColumn("From others +").RightAligned());
        actors.AddColumn(new TableColumn("From others −").RightAligned());
        actors.AddColumn(new TableColumn("Net").RightAligned());
        foreach (var a in ledger.Actors)
        {
            actors.AddRow(Markup.Escape(a.Actor), a.Trades.ToString(CultureInfo.InvariantCulture), TradeLedger.G(a.OwnGain),
                TradeLedger.G(a.Benefit), TradeLedger.G(a.Burden), TradeLedger.G(a.Net));
        }
        actors.Caption = new TableTitle("[dim]from others: how far the trades of other pairs moved outcomes toward (+) or away from (−) the actor, salience-weighted[/]");
        console.Write(actors);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
