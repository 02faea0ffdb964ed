using System.Globalization;
using Parley.Events.Import;
using Parley.Events.Queries;
using Parley.Events.Reference;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands.Events;

/// <summary>The ledger's results as tables an analyst reads in a terminal.</summary>
internal static class EventsTables
{
    public static IRenderable Imports(string db, IReadOnlyList<ImportReport> reports)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"Imported into {Markup.Escape(db)}");
        table.AddColumn("[bold]File[/]");
        table.AddColumn("[bold]Format[/]");
        table.AddColumn(new TableColumn("[bold]Rows read[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Imported[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Duplicates[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Bad lines[/]").RightAligned());
        foreach (var r in reports)
        {
            table.AddRow(Markup.Escape(r.File), EventFormats.Name(r.Format) + (r.Mentions ? " [dim](mentions)[/]" : ""), N(r.RowsRead), N(r.Imported), N(r.Duplicates),
                r.BadLineCount > 0 ? $"[yellow]{N(r.BadLineCount)}[/]" : "0");
        }
        return table;
    }

    public static IRenderable Dyad(DyadResult r)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"{Name(r.A)} – {Name(r.B)} by {r.Grain.ToString().ToLowerInvariant()}{FilterText(r.Filter)}");
        table.Caption = new TableTitle("[dim]Goldstein scale -10 (most conflictual) … +10 (most cooperative); counts cover both directions; quad: verbal coop. / material coop. / verbal conflict / material conflict[/]");
        table.AddColumn("[bold]Period[/]");
        table.AddColumn(new TableColumn("[bold]Events[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]VC / MC / VX / MX[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Goldstein Σ[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]mean[/]").RightAligned());
        table.AddColumn(new TableColumn($"[bold]{r.A}→{r.B}[/]\n[dim]n · mean[/]").RightAligned());
        table.AddColumn(new TableColumn($"[bold]{r.B}→{r.A}[/]\n[dim]n · mean[/]").RightAligned());
        foreach (var p in r.Periods) table.AddRow(Cells(p.Label, p.Combined, p.AToB, p.BToA));
        if (r.Periods.Count > 1)
        {
            var ab = new Tally();
            var ba = new Tally();
            foreach (var p in r.Periods)
            {
                ab.Add(p.AToB);
                ba.Add(p.BToA);
            }
            table.AddEmptyRow();
            table.AddRow(Cells("[bold]total[/]", r.Total, ab, ba));
        }
        if (r.Periods.Count == 0) table.AddRow("[dim]no events[/]", "", "", "", "", "", "");
        return table;
    }

    public static IRenderable Matrix(MatrixResult r)
    {
        var mean = Grid(r, $"Mean Goldstein score, row → column{FilterText(r.Filter)}", t => t.GoldsteinMean is { } m ? Signed(m) : "[dim]–[/]");
        var count = Grid(r, "Number of events, row → column", t => t.Count == 0 ? "[dim]0[/]" : N(t.Count));
        return new Rows(mean, count);
    }

    public static IRenderable Top(TopEventsResult r)
    {
        string who = Name(r.Actor) + (r.Target is null ? "" : " → " + Name(r.Target));
        return new Rows(
            Events($"Most cooperative: {who}{FilterText(r.Filter)}", r.MostCooperative),
            Events($"Most conflictual: {who}", r.MostConflictual));
    }

    public static IRenderable Affinity(AffinityResult r)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"{Markup.Escape(r.Scenario)}\n[dim]events {r.From:yyyy-MM-dd} … {r.AsOf:yyyy-MM-dd} ({r.Window}){FilterText(r.Filter with { From = null, To = null })}[/]");
        table.Caption = new TableTitle("[dim]cooperation index = mean Goldstein / 10 (-1 … +1) of the pair's events, both directions; stance alignment = 1 - 2 × salience-weighted position distance in the scenario (-1 … +1)[/]");
        table.AddColumn("[bold]Pair[/]");
        table.AddColumn(new TableColumn("[bold]Events[/]\n[dim]a→b / b→a[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Goldstein mean[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Cooperation index[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Stance alignment[/]").RightAligned());
        foreach (var p in r.Pairs)
        {
            table.AddRow(
                $"{Markup.Escape(p.ActorA)} – {Markup.Escape(p.ActorB)}" + (p.ActorA != p.CountryA || p.ActorB != p.CountryB ? $" [dim]({p.CountryA}–{p.CountryB})[/]" : ""),
                $"{N(p.Events)} [dim]({N(p.EventsAToB)} / {N(p.EventsBToA)})[/]",
                p.GoldsteinMean is { } g ? Signed(g) : "[dim]–[/]",
                p.CooperationIndex is { } c ? Signed(c, "0.000") : "[dim]no events[/]",
                p.StanceAlignment is { } s ? Signed(s, "0.000") : "[dim]–[/]");
        }
        if (r.Skipped.Count == 0) return table;
        var notes = r.Skipped.Select(s => new Markup($"[dim]not linked: {Markup.Escape(s.ActorId)} — {Markup.Escape(s.Reason)}[/]")).ToList<IRenderable>();
        return new Rows(new IRenderable[] { table }.Concat(notes));
    }

    private static Table Events(string title, IReadOnlyList<LedgerEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(title);
        table.AddColumn(new TableColumn("[bold]#[/]").RightAligned());
        table.AddColumn("[bold]Date[/]");
        table.AddColumn("[bold]Source → target[/]");
        table.AddColumn("[bold]CAMEO[/]");
        table.AddColumn(new TableColumn("[bold]Goldstein[/]").RightAligned());
        table.AddColumn("[bold]Description / story[/]");
        int rank = 0;
        foreach (var e in events)
        {
            string source = e.SourceName ?? e.SourceCode ?? e.SourceCountry ?? "?";
            string target = e.TargetName ?? e.TargetCode ?? e.TargetCountry ?? "?";
            string text = e.Description ?? e.Story ?? "";
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(Shorten(source, 28) + " → " + Shorten(target, 28)),
                $"{e.CameoCode} [dim]{Markup.Escape(Shorten(e.CameoName ?? "", 34))}[/]",
                e.Goldstein is { } g ? Signed(g) : "–",
                Markup.Escape(Shorten(text, 70)) + $" [dim]({e.Dataset})[/]");
        }
        if (events.Count == 0) table.AddRow("", "[dim]no events[/]", "", "", "", "");
        return table;
    }

    private static Table Grid(MatrixResult r, string title, Func<Tally, string> cell)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(title);
        table.AddColumn("[bold]from \\ to[/]");
        foreach (var a in r.Actors) table.AddColumn(new TableColumn($"[bold]{a}[/]").RightAligned());
        for (int i = 0; i < r.Actors.Count; i++)
        {
            var row = new List<string> { $"[bold]{r.Actors[i]}[/]" };
            for (int j = 0; j < r.Actors.Count; j++) row.Add(i == j ? "[dim]·[/]" : cell(r.Cells[i, j]));
            table.AddRow(row.ToArray());
        }
        return table;
    }

    private static string[] Cells(string label, Tally both, Tally ab, Tally ba) =>
    [
        label,
        N(both.Count),
        string.Join(" / ", QuadClassNames.All.Select(q => N(both.Quad(q)))),
        both.Count == 0 ? "[dim]–[/]" : Signed(both.GoldsteinSum, "0.0"),
        both.GoldsteinMean is { } m ? Signed(m) : "[dim]–[/]",
        Direction(ab),
        Direction(ba),
    ];

    private static string Direction(Tally t) => t.GoldsteinMean is { } m ? $"{N(t.Count)} · {Signed(m)}" : "[dim]0[/]";

    private static string FilterText(EventFilter f)
    {
        var parts = new List<string>();
        if (f.From is { } from) parts.Add("from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.To is { } to) parts.Add("to " + to.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.DatasetList.Count > 0) parts.Add("datasets " + string.Join(", ", f.DatasetList));
        if (f.AboutList.Count > 0) parts.Add("about " + string.Join(", ", f.AboutList));
        return parts.Count == 0 ? "" : " [dim](" + Markup.Escape(string.Join("; ", parts)) + ")[/]";
    }

    private static string Name(string code) => ReferenceData.Countries.FindByCode(code) is { } c ? $"{Markup.Escape(c.Name)} ({code})" : code;

    private static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Signed(double value, string format = "0.00")
    {
        string text = value.ToString("+" + format + ";-" + format + ";" + format, CultureInfo.InvariantCulture);
        return value > 0 ? $"[green]{text}[/]" : value < 0 ? $"[red]{text}[/]" : text;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
