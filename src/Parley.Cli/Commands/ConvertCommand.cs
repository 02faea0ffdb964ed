using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ConvertSettings : ScenarioSettings
{
    [CommandOption("-o|--output <OUT>")]
    [Description("Output file; its extension (.yaml, .json, .csv) picks the format unless --to is given. Omit to print.")]
    public string? Output { get; init; }

    [CommandOption("--to <FORMAT>")]
    [Description("yaml, json or csv.")]
    public string? To { get; init; }
}

/// <summary><c>parley convert</c>: read any supported format, write YAML, JSON or CSV (validated first).</summary>
public sealed class ConvertCommand : Command<ConvertSettings>
{
    public override int Execute(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string? target = settings.To ?? (settings.Output is { } o ? Path.GetExtension(o).TrimStart('.') : null);
        if (target is null) throw new InputException(Rules.MissingField, "say which format to write: --to yaml|json|csv, or an -o file with one of those extensions", "--to");
        string format = OutputFormat.Parse(target == "yml" ? "yaml" : target, "yaml", "json", "csv");
        var scenario = ScenarioLoader.Load(settings);
        string text = format switch
        {
            "json" => ScenarioJsonWriter.Write(scenario),
            "csv" => ScenarioCsvWriter.Write(scenario),
            _ => ScenarioYamlWriter.Write(scenario),
        };
        if (settings.Output is null)
        {
            terminal.Raw.Write(text);
        }
        else
        {
            OutputFile.WriteAllText(settings.Output, text);
            terminal.Error.MarkupLine($"wrote {Markup.Escape(settings.Output)} ({format}).");
        }
        return ExitCodes.Ok;
    }
}
