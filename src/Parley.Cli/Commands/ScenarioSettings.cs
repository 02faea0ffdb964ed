using System.ComponentModel;
using Parley.Application.Scenarios;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options shared by every command that reads one scenario file.</summary>
public class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Scenario file: .yaml/.yml, .json or .csv (format detected from the extension and content).")]
    public string File { get; init; } = "";

    [CommandOption("--input-format <FORMAT>")]
    [Description("Read FILE as yaml, json, csv, bdm-csv, ktab-csv, ktab-xml or decide-csv regardless of its extension.")]
    public string? InputFormat { get; init; }

    [CommandOption("--set <EDIT>")]
    [Description("What-if: ACTOR.DIMENSION.position=V, ACTOR.DIMENSION.salience=V or ACTOR.capability=V. Repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--drop <ACTOR>")]
    [Description("What-if: remove an actor and its stances. Repeatable.")]
    public string[] Drop { get; init; } = [];

    [CommandOption("--add <YAML>")]
    [Description("What-if: add an actor from a YAML snippet or file (id, capability, stances: {DIM: {position, salience}}). Repeatable.")]
    public string[] Add { get; init; } = [];

    public bool HasEdits => Set.Length + Drop.Length + Add.Length > 0;

    /// <summary>The scenario file as a use case reads it.</summary>
    public ScenarioSource Source => new ScenarioSource.File(File, InputFormat);

    /// <summary>The what-if options; on the command line <c>--add</c> may name a file.</summary>
    public WhatIfEdits WhatIf => new(Set, Drop, Add, AddMayNameFiles: true);
}
