using Parley.Analysis.WhatIf;
using Parley.Application.Scenarios;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The command line's side of scenario loading: which file and edits the options name. Reading
/// and editing happen once, in <see cref="ScenarioLoading"/>; a failure stops the command.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The scenario as the command should use it: the file with the what-if edits applied.</summary>
    public static Scenario Load(ScenarioSettings settings) => LoadWithBaseline(settings).Edited;

    /// <summary>The file as written and with the what-if edits applied (the same object when there are none).</summary>
    public static (Scenario Baseline, Scenario Edited, IReadOnlyList<ScenarioEdit> Edits) LoadWithBaseline(ScenarioSettings settings)
    {
        var loaded = ScenarioLoading.Load(settings.Source, settings.WhatIf).OrStop();
        return (loaded.Baseline, loaded.Scenario, loaded.Edits);
    }

    public static Scenario Load(string path, ScenarioFormat? format = null)
    {
        var result = ScenarioReader.ReadFile(path, format);
        if (!result.Success) throw new InputException(result.Problems);
        return result.Value;
    }

    public static ScenarioFormat? ParseFormat(string? name)
    {
        var format = ScenarioLoading.ParseFormat(name);
        return format.Success ? format.Value : throw new InputException(format.Problems);
    }
}
