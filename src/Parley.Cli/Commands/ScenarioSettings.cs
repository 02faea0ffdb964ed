using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options shared by every command that reads one scenario file.</summary>
public class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Scenario file: .yaml/.yml, .json or .csv (format detected from the extension and content).")]
    public string File { get; init; } = "";

    [CommandOption("--input-format <FORMAT>")]
    [Description("Read FILE as yaml, json, csv, bdm-csv, ktab-csv or ktab-xml regardless of its extension.")]
    public string? InputFormat { get; init; }
}
