using System.ComponentModel;
using System.Globalization;
using System.Text;
using Parley.Analysis.Deal;
using Parley.Application.Models;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public class ForecastSettings : ScenarioSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("Model id, a comma-separated list, or 'all' (default). See 'parley models'.")]
    public string? Model { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A model setting, overriding the scenario file's 'parameters'. Repeatable.")]
    public string[] Parameters { get; init; } = [];

    [CommandOption("--preset <PRESET>")]
    [Description("Preset of a dynamic model (same as --param preset=PRESET); see 'parley models'.")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Round cap of a dynamic model (same as --param rounds=N).")]
    public string? Rounds { get; init; }

    // Spectre.Console.Cli refuses one-letter long names; ParleyApp maps the documented --q/--t to -q/-t.
    [CommandOption("-q|--status-quo <Q>")]
    [Description("Expected-utility model: probability Q that the status quo persists (also --q Q; same as --param q=Q).")]
    public string? Q { get; init; }

    [CommandOption("-t|--improvement <T>")]
    [Description("Expected-utility model: probability T that things improve without a challenge (also --t T; same as --param t=T).")]
    public string? T { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed for models with random draws (same as --param seed=SEED).")]
    public string? Seed { get; init; }

    /// <summary>The model choice as a use case takes it.</summary>
    public ModelChoice Models => new(Model, AllParameters().ToList());

    /// <summary>--param values plus the named shortcuts, as NAME=VALUE strings.</summary>
    public virtual IEnumerable<string> AllParameters()
    {
        foreach (var p in Parameters) yield return p;
        if (Preset is not null) yield return "preset=" + Preset;
        if (Rounds is not null) yield return "rounds=" + Rounds;
        if (Q is not null) yield return "q=" + Q;
        if (T is not null) yield return "t=" + T;
        if (Seed is not null) yield return "seed=" + Seed;
    }
}

/// <summary><c>parley forecast</c>: every selected model's outcome on every dimension.</summary>
public sealed class ForecastCommand : Command<ForecastSettings>
{
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        ulong seed = ulong.TryParse(settings.Seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) ? s : 1;
        var result = new ForecastHandler().Handle(new ForecastRequest(settings.Source, settings.WhatIf, settings.Models, seed), cancellationToken).OrStop();
        var (scenario, forecasts, outlook) = (result.Scenario, result.Forecasts, result.Outlook);

        switch (format)
        {
            case "json":
                terminal.Raw.Write(result.ToJson());
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(scenario, forecasts, outlook));
                break;
            default:
                terminal.Out.Write(ForecastTable.Build(scenario, forecasts, outlook));
                // A dynamic model on its own also shows how it got there; beside others, only where to look.
                if (forecasts.Count == 1)
                {
                    foreach (var table in RoundsTable.Build(scenario, forecasts[0])) terminal.Out.Write(table);
                }
                else
                {
                    foreach (var f in forecasts.Where(f => f.Dimensions.Any(d => !d.Rounds.IsDefaultOrEmpty)))
                    {
                        terminal.Out.MarkupLine($"[dim]Round-by-round detail of {Markup.Escape(f.ModelId)}: --model {Markup.Escape(f.ModelId)} (or --format json).[/]");
                    }
                }
                break;
        }
        return ExitCodes.Ok;
    }

    private static string ToCsv(Scenario scenario, IEnumerable<Forecast> forecasts, StatusQuoOutlook outlook)
    {
        var text = new StringBuilder("model,dimension,outcome,p_status_quo\n");
        foreach (var forecast in forecasts)
        {
            foreach (var d in forecast.Dimensions)
            {
                text.Append(forecast.ModelId).Append(',').Append(d.DimensionId).Append(',')
                    .Append(d.Outcome.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                    .Append(outlook.ForModel(forecast.ModelId, scenario.DimensionIndex(d.DimensionId))?.ToString("R", CultureInfo.InvariantCulture) ?? "").Append('\n');
            }
        }
        return text.ToString();
    }
}
