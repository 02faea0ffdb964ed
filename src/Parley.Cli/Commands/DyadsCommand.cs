using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Application.Models;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.ExpectedUtility;
using Parley.Models.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class DyadsSettings : ScenarioSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("Model whose perceptions to show: eu (the default; the only model with a perception matrix).")]
    public string? Model { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-d|--dimension <ID>")]
    [Description("Only this dimension (default: every dimension).")]
    public string? Dimension { get; init; }

    [CommandOption("-r|--round <N>")]
    [Description("Read the relationships at the start of round N (1, the default, is the input positions).")]
    [DefaultValue(1)]
    public int Round { get; init; } = 1;

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A model setting, overriding the scenario file's 'parameters'. Repeatable.")]
    public string[] Parameters { get; init; } = [];

    [CommandOption("--preset <PRESET>")]
    [Description("Preset of the expected-utility model: parley (default), jmckib, dmasad, eum.")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Round cap (same as --param rounds=N).")]
    public string? Rounds { get; init; }

    [CommandOption("-q|--status-quo <Q>")]
    [Description("Probability Q that the status quo persists (also --q Q; same as --param q=Q).")]
    public string? Q { get; init; }

    [CommandOption("-t|--improvement <T>")]
    [Description("Probability T that things improve without a challenge (also --t T; same as --param t=T).")]
    public string? T { get; init; }

    public IEnumerable<string> AllParameters()
    {
        foreach (var p in Parameters) yield return p;
        if (Preset is not null) yield return "preset=" + Preset;
        if (Rounds is not null) yield return "rounds=" + Rounds;
        if (Q is not null) yield return "q=" + Q;
        if (T is not null) yield return "t=" + T;
    }
}

/// <summary>
/// <c>parley dyads</c>: the expected-utility model's dyadic perception matrix — for every ordered
/// pair, how the first actor reads its relationship with the second (confrontation, compromise,
/// capitulation or status quo, and who prevails), and where the two sides read it differently.
/// </summary>
public sealed class DyadsCommand : Command<DyadsSettings>
{
    /// <summary>Larger scenarios get the list of disagreements only; the full matrix is in json/csv.</summary>
    private const int MatrixLimit = 12;

    public override int Execute(CommandContext context, DyadsSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var dyads = new DyadsHandler().Handle(new DyadsRequest(settings.Source, settings.WhatIf, new ModelChoice(settings.Model, settings.AllParameters().ToList()), settings.Dimension, settings.Round), cancellationToken).OrStop();
        var (scenario, model, matrices) = (dyads.Scenario, dyads.Model, dyads.Matrices);

        switch (format)
        {
            case "json":
                terminal.Raw.Write(dyads.ToJson());
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(scenario, matrices));
                break;
            default:
                foreach (var (dimension, matrix) in matrices) Render(terminal.Out, scenario, model, dimension, matrix);
                break;
        }
        return ExitCodes.Ok;
    }

    /// <summary>Short cell text, from the row actor's side.</summary>
    public static string Code(DyadPerception p) => (p.Relationship, p.Prevails) switch
    {
        (Relationship.Confrontation, Prevails.Self) => "conf+",
        (Relationship.Confrontation, Prevails.Other) => "conf−",
        (Relationship.Confrontation, _) => "conf=",
        (Relationship.Compromise, Prevails.Self) => "comp+",
        (Relationship.Compromise, _) => "comp−",
        (Relationship.Capitulation, Prevails.Self) => "cap+",
        (Relationship.Capitulation, _) => "cap−",
        _ => "sq",
    };

    private static void Render(IAnsiConsole console, Scenario scenario, IPerceivingModel model, Dimension dimension, PerceptionMatrix matrix)
    {
        int n = matrix.Count;
        string title = $"[bold]{Markup.Escape(dimension.Label)}[/] · perceptions at the start of round {matrix.Round} ({Markup.Escape(model.Id)}, preset {Markup.Escape(model.Preset)})";
        if (n <= MatrixLimit)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.Title = new TableTitle(title);
            table.Caption = new TableTitle("[dim]row actor's reading of its relationship with the column actor: conf± confrontation won/lost · comp+ the other concedes part · comp− concedes part · cap+ the other gives in · cap− gives in · sq status quo[/]");
            table.AddColumn(new TableColumn("[bold]actor[/] (position, r)"));
            for (int j = 0; j < n; j++) table.AddColumn(new TableColumn("[bold]" + Markup.Escape(scenario.Actors[j].Id) + "[/]").Centered());
            for (int i = 0; i < n; i++)
            {
                string r = double.IsFinite(matrix.RiskExponents[i]) ? matrix.RiskExponents[i].ToString("0.00", CultureInfo.InvariantCulture) : "–";
                var cells = new List<string> { $"{Markup.Escape(scenario.Actors[i].Id)} [dim]({Number(matrix.Positions[i])}, r {r})[/]" };
                for (int j = 0; j < n; j++)
                {
                    if (i == j) cells.Add("[dim]·[/]");
                    else cells.Add(matrix.Agree(i, j) ? Code(matrix[i, j]) : "[bold]" + Code(matrix[i, j]) + "*[/]");
                }
                table.AddRow(cells.ToArray());
            }
            console.Write(table);
        }
        else
        {
            console.MarkupLine(title);
            console.MarkupLine($"[dim]{n} actors: too many for a matrix here; use --format csv or json for every pair.[/]");
        }

        var disagreements = new List<string>();
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (matrix.Agree(i, j)) continue;
                disagreements.Add($"  {Markup.Escape(scenario.Actors[i].Id)} sees: {Markup.Escape(matrix[i, j].Describe())} · {Markup.Escape(scenario.Actors[j].Id)} sees: {Markup.Escape(matrix[j, i].Describe())}");
            }
        }
        console.MarkupLine(disagreements.Count == 0
            ? "Every pair reads its relationship the same way."
            : $"[bold]{disagreements.Count}[/] pair(s) read their relationship differently (marked *):");
        foreach (var line in disagreements) console.MarkupLine(line);
        console.WriteLine();
    }

    private static string ToCsv(Scenario scenario, IReadOnlyList<(Dimension Dimension, PerceptionMatrix Matrix)> matrices)
    {
        var text = new StringBuilder("dimension,round,actor,other,relationship,prevails,own_gain,other_gain,agrees\n");
        foreach (var (dimension, matrix) in matrices)
        {
            for (int i = 0; i < matrix.Count; i++)
            {
                for (int j = 0; j < matrix.Count; j++)
                {
                    if (i == j) continue;
                    var p = matrix[i, j];
                    text.Append(Csv(dimension.Id)).Append(',').Append(matrix.Round.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(Csv(scenario.Actors[i].Id)).Append(',').Append(Csv(scenario.Actors[j].Id)).Append(',')
                        .Append(Name(p.Relationship)).Append(',').Append(Name(p.Prevails)).Append(',')
                        .Append(p.OwnGain.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                        .Append(p.OtherGain.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                        .Append(matrix.Agree(i, j) ? "true" : "false").Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static string Name(Relationship relationship) => ExpectedUtilitySettings.ValueName(relationship);

    private static string Name(Prevails prevails) => ExpectedUtilitySettings.ValueName(prevails);

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
