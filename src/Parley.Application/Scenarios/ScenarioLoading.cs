using Parley.Analysis.WhatIf;
using Parley.Application.Problems;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Application.Scenarios;

/// <summary>
/// Reading a scenario and applying the what-if edits, once for every use case and every face:
/// format names, file reading, edit parsing and the check that the edited scenario still obeys
/// every rule a file must.
/// </summary>
public static class ScenarioLoading
{
    /// <summary>The scenario as the use case should see it, or every problem found.</summary>
    public static Outcome<LoadedScenario> Load(ScenarioSource source, WhatIfEdits edits) => FailureMapper.Run(() => Require(source, edits));

    /// <summary>The scenario as written, and the problems with it (with the edits applied when they parse), for <c>validate</c>.</summary>
    public static ParseResult<Scenario> Check(ScenarioSource source, WhatIfEdits edits)
    {
        var read = Read(source);
        if (!read.Success || !edits.Any) return read;
        var parsed = ParseEdits(edits);
        return parsed.Success ? ScenarioEditor.Apply(read.Value, parsed.Value) : ParseResult<Scenario>.ForProblems(parsed.Problems);
    }

    internal static LoadedScenario Require(ScenarioSource source, WhatIfEdits edits)
    {
        var baseline = ProblemsException.Require(Read(source));
        var parsed = ProblemsException.Require(ParseEdits(edits));
        if (parsed.Count == 0) return new LoadedScenario(baseline, baseline, parsed);
        return new LoadedScenario(baseline, ProblemsException.Require(ScenarioEditor.Apply(baseline, parsed)), parsed);
    }

    public static ParseResult<Scenario> Read(ScenarioSource source)
    {
        switch (source)
        {
            case ScenarioSource.Parsed parsed:
                return ParseResult<Scenario>.ForValue(parsed.Scenario);
            case ScenarioSource.Bytes bytes:
                return ScenarioReader.Read(bytes.Content, bytes.Name, bytes.Format);
            case ScenarioSource.File file:
                var format = ParseFormat(file.Format);
                return format.Success ? ScenarioReader.ReadFile(file.Path, format.Value) : ParseResult<Scenario>.ForProblems(format.Problems);
            default:
                throw new ArgumentOutOfRangeException(nameof(source));
        }
    }

    /// <summary>A format as users spell it; null means "detect from the extension and content".</summary>
    public static ParseResult<ScenarioFormat?> ParseFormat(string? name) => name?.ToLowerInvariant() switch
    {
        null => ParseResult<ScenarioFormat?>.ForValue(null),
        "yaml" or "yml" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.Yaml),
        "json" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.Json),
        "csv" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.Csv),
        "bdm" or "bdm-csv" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.BdmCsv),
        "ktab" or "ktab-csv" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.KtabCsv),
        "ktab-xml" or "xml" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.KtabXml),
        "decide" or "decide-csv" => ParseResult<ScenarioFormat?>.ForValue(ScenarioFormat.DecideCsv),
        _ => ParseResult<ScenarioFormat?>.ForProblem(OptionKey.InputFormat.Problem(Rules.InvalidValue, $"unknown input format '{name}'; use yaml, json, csv, bdm-csv, ktab-csv, ktab-xml or decide-csv")),
    };

    /// <summary>Every edit parsed, or every problem with them.</summary>
    public static ParseResult<IReadOnlyList<ScenarioEdit>> ParseEdits(WhatIfEdits edits)
    {
        var problems = new List<Problem>();
        var parsed = new List<ScenarioEdit>();
        void Take(ParseResult<ScenarioEdit> result)
        {
            if (result.Success) parsed.Add(result.Value);
            else problems.AddRange(result.Problems);
        }
        foreach (var set in edits.Set) Take(ScenarioEdit.ParseSet(set));
        foreach (var drop in edits.Drop) Take(ParseResult<ScenarioEdit>.ForValue(new ScenarioEdit.DropActor(drop.Trim())));
        foreach (var add in edits.Add) Take(ParseAdd(add, edits.AddMayNameFiles));
        return problems.Count > 0
            ? ParseResult<IReadOnlyList<ScenarioEdit>>.ForProblems(problems)
            : ParseResult<IReadOnlyList<ScenarioEdit>>.ForValue(parsed);
    }

    /// <summary>The largest actor snippet file read for <c>--add</c>.</summary>
    public const int MaxSnippetBytes = 1024 * 1024;

    /// <summary>An added actor: a YAML snippet, or (where the face allows it) the path of a file holding one.</summary>
    private static ParseResult<ScenarioEdit> ParseAdd(string textOrPath, bool mayNameFile)
    {
        if (mayNameFile && !textOrPath.Contains('\n') && !textOrPath.Contains(':') && System.IO.File.Exists(textOrPath))
        {
            byte[]? bytes;
            try
            {
                // A snippet describes one actor; a device such as /dev/zero must not be read without end.
                bytes = BoundedFile.ReadAllBytes(textOrPath, MaxSnippetBytes);
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                return ParseResult<ScenarioEdit>.ForProblem(OptionKey.Add.Problem(Rules.FileNotFound, $"cannot read '{textOrPath}': {e.Message}"));
            }
            if (bytes is null)
            {
                return ParseResult<ScenarioEdit>.ForProblem(OptionKey.Add.Problem(Rules.FileTooLarge, $"'{textOrPath}' holds more than {MaxSnippetBytes / 1024} KB; an actor snippet is a few lines"));
            }
            return ScenarioEdit.FromSnippet(System.Text.Encoding.UTF8.GetString(bytes), textOrPath);
        }
        return ScenarioEdit.FromSnippet(textOrPath, OptionKey.Add.Token());
    }
}
