using Parley.Analysis.WhatIf;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Reads the scenario file named on the command line and applies the what-if options
/// (<c>--set</c>, <c>--drop</c>, <c>--add</c>), or stops the command with every problem found.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The scenario as the command should use it: the file with the what-if edits applied.</summary>
    public static Scenario Load(ScenarioSettings settings) => LoadWithBaseline(settings).Edited;

    /// <summary>The file as written and with the what-if edits applied (the same object when there are none).</summary>
    public static (Scenario Baseline, Scenario Edited, IReadOnlyList<ScenarioEdit> Edits) LoadWithBaseline(ScenarioSettings settings)
    {
        var baseline = Load(settings.File, ParseFormat(settings.InputFormat));
        var edits = ParseEdits(settings);
        if (edits.Count == 0) return (baseline, baseline, edits);
        var edited = ScenarioEditor.Apply(baseline, edits);
        if (!edited.Success) throw new InputException(edited.Problems);
        return (baseline, edited.Value, edits);
    }

    public static Scenario Load(string path, ScenarioFormat? format = null)
    {
        var result = ScenarioReader.ReadFile(path, format);
        if (!result.Success) throw new InputException(result.Problems);
        return result.Value;
    }

    public static IReadOnlyList<ScenarioEdit> ParseEdits(ScenarioSettings settings)
    {
        var problems = new List<Problem>();
        var edits = new List<ScenarioEdit>();
        void Take(ParseResult<ScenarioEdit> result)
        {
            if (result.Success) edits.Add(result.Value);
            else problems.AddRange(result.Problems);
        }
        foreach (var set in settings.Set) Take(ScenarioEdit.ParseSet(set));
        foreach (var drop in settings.Drop) Take(ParseResult<ScenarioEdit>.ForValue(new ScenarioEdit.DropActor(drop.Trim())));
        foreach (var add in settings.Add) Take(ScenarioEdit.ParseAdd(add));
        if (problems.Count > 0) throw new InputException(problems);
        return edits;
    }

    public static ScenarioFormat? ParseFormat(string? name) => name?.ToLowerInvariant() switch
    {
        null => null,
        "yaml" or "yml" => ScenarioFormat.Yaml,
        "json" => ScenarioFormat.Json,
        "csv" => ScenarioFormat.Csv,
        "bdm" or "bdm-csv" => ScenarioFormat.BdmCsv,
        "ktab" or "ktab-csv" => ScenarioFormat.KtabCsv,
        "decide" or "decide-csv" => ScenarioFormat.DecideCsv,
        "ktab-xml" or "xml" => ScenarioFormat.KtabXml,
        _ => throw new InputException(Rules.InvalidValue, $"unknown input format '{name}'; use yaml, json, csv, bdm-csv, ktab-csv, ktab-xml or decide-csv", "--input-format"),
    };
}
