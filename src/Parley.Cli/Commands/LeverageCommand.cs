using System.ComponentModel;
using System.Globalization;
using System.Text;
using Parley.Analysis.Leverage;
using Parley.Analysis.Output;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

public sealed class LeverageSettings : ForecastSettings
{
    [CommandOption("-d|--dimension <DIM>")]
    [Description("Show only the rows about this dimension (\"whose mind matters most on sanctions?\").")]
    public string? Dimension { get; init; }

    [CommandOption("--top <N>")]
    [Description("Rows to show in the table (JSON and CSV always hold every row).")]
    [DefaultValue(20)]
    public int Top { get; init; } = 20;

    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores).")]
    public int? Threads { get; init; }
}

/// <summary>
/// <c>parley leverage</c>: nudge each actor's position (±10 % of the scale), salience (±20 points)
/// and capability (±20 %) and rank the nudges by how far they move the forecast.
/// </summary>
public sealed class LeverageCommand : Command<LeverageSettings>
{
    public override int Execute(CommandContext context, LeverageSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        if (settings.Top < 1) throw new InputException(Rules.InvalidValue, "--top must be at least 1", "--top");
        var leverage = new LeverageHandler().Handle(new LeverageRequest(settings.Source, settings.WhatIf, settings.Models, settings.Dimension, settings.Threads), cancellationToken).OrStop();
        var (scenario, model, result, rows) = (leverage.Scenario, leverage.Model, leverage.Result, leverage.Rows);

        switch (format)
        {
            case "json":
                terminal.Raw.Write(leverage.ToJson());
                break;
            case "csv":
                var csv = new StringBuilder("actor,dimension,parameter,delta,from,to,shift\n");
                foreach (var r in rows) csv.Append(string.Join(',', r.Actor, r.Dimension, Id(r.Parameter), N(r.Delta), N(r.From), N(r.To), N(r.Shift))).Append('\n');
                terminal.Raw.Write(csv.ToString());
                break;
            default:
                terminal.Out.Write(Table(scenario, model, rows.Take(settings.Top).ToList(), result));
                break;
        }
        return ExitCodes.Ok;
    }

    private static IRenderable Table(Scenario scenario, IBargainingModel model, IReadOnlyList<LeverageRow> rows, LeverageResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"[bold]Leverage[/] — {Markup.Escape(model.Name)}: how far each nudge moves the forecast");
        table.AddColumn(new TableColumn("[bold]#[/]").RightAligned());
        table.AddColumn("[bold]Actor[/]");
        table.AddColumn("[bold]Dimension[/]");
        table.AddColumn("[bold]Nudge[/]");
        table.AddColumn(new TableColumn("[bold]Forecast moves[/]").RightAligned());
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            string nudge = r.Parameter switch
            {
                LeverageParameter.Capability => $"capability {r.Delta * 100:+0;-0} % ({F(r.From)} → {F(r.To)})",
                LeverageParameter.Salience => $"salience {F(r.From)} → {F(r.To)}",
                _ => $"position {F(r.From)} → {F(r.To)}",
            };
            string shift = r.Shift.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Actor), Markup.Escape(r.Dimension), Markup.Escape(nudge), $"[bold]{shift}[/]");
        }
        var pivotal = new Table().Border(TableBorder.Rounded).AddColumn("[bold]Dimension[/]").AddColumn("[bold]Pivotal actor (median voter)[/]").AddColumn(new TableColumn("[bold]at[/]").RightAligned());
        foreach (var group in result.Pivotal.GroupBy(p => p.Dimension))
        {
            pivotal.AddRow(Markup.Escape(group.Key), Markup.Escape(string.Join(", ", group.Select(p => p.Actor))), F(group.First().Position));
        }
        return new Rows(table, pivotal);
    }

    private static string Id(LeverageParameter p) => AnalysisJsonWriter.ParameterId(p);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
