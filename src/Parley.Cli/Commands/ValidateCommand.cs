using System.ComponentModel;
using Parley.Application.Problems;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ValidateSettings : ScenarioSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: text (default) or json: {\"valid\", \"problems\": [[{\"rule\", \"message\", \"file\", \"line\", \"column\", \"field\"}]]}.")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";
}

/// <summary><c>parley validate</c>: every problem in a scenario file, or a one-line summary if none.</summary>
public sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "text", "json");
        // The scenario as the what-if options would leave it.
        var result = new ValidateHandler().Handle(new ValidateRequest(settings.Source, settings.WhatIf));
        if (format == "json")
        {
            terminal.Raw.Write(result.ToJson(OptionSpelling.Cli));
            return result.Valid ? ExitCodes.Ok : ExitCodes.BadInput;
        }
        if (!result.Valid) throw new InputException(result.Problems);
        var s = result.Scenario!;
        terminal.Out.MarkupLine($"[green]valid[/]: {Markup.Escape(settings.File)} — {s.Actors.Count} actors, {s.Dimensions.Count} dimensions, {s.Stances.Count} stances, {s.Sources.Count} sources.");
        return ExitCodes.Ok;
    }
}
