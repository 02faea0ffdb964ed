using System.Globalization;
using System.Text;
using Parley.Analysis.Output;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley compare</c>: the forecast as written beside the forecast with the what-if changes.</summary>
public sealed class CompareCommand : Command<ForecastSettings>
{
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var comparison = new CompareHandler().Handle(new CompareRequest(settings.Source, settings.WhatIf, settings.Models), cancellationToken).OrStop();
        var (baseline, edits, models, before, after) = (comparison.Baseline, comparison.Edits, comparison.Models, comparison.Before, comparison.After);

        switch (format)
        {
            case "json":
                terminal.Raw.Write(comparison.ToJson());
                break;
            case "csv":
                var csv = new StringBuilder("model,dimension,baseline,what_if,change\n");
                foreach (var (model, dimension, b, a) in AnalysisJsonWriter.Pairs(baseline, before, after))
                {
                    csv.Append(string.Join(',', model, dimension, N(b), N(a), N(a - b))).Append('\n');
                }
                terminal.Raw.Write(csv.ToString());
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                table.Title = new TableTitle($"[bold]What if[/] {Markup.Escape(string.Join("; ", edits.Select(e => e.Describe())))}");
                table.AddColumn("[bold]Dimension[/]");
                foreach (var m in models) table.AddColumn(new TableColumn($"[bold]{Markup.Escape(m.Id)}[/]\n[dim]baseline → what-if[/]").RightAligned());
                foreach (var dimension in baseline.Dimensions)
                {
                    var cells = new List<string> { Markup.Escape(dimension.Label) };
                    for (int m = 0; m < models.Count; m++)
                    {
                        double b = before[m][dimension.Id].Outcome, a = after[m][dimension.Id].Outcome;
                        string change = (a - b).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
                        string colour = Math.Abs(a - b) < 0.05 ? "dim" : "bold";
                        cells.Add($"{F(b)} → {F(a)}\n[{colour}]{change}[/]");
                    }
                    table.AddRow(cells.ToArray());
                }
                terminal.Out.Write(table);
                break;
        }
        return ExitCodes.Ok;
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
