using System.Globalization;
using Parley.Analysis.Runs;
using Parley.Analysis.WhatIf;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Web.Api;

/// <summary>
/// The query parameters of the analysis endpoints, named like the CLI's options without the dashes
/// (<c>?model=mean&amp;runs=20000&amp;seed=7&amp;threshold=sanctions>=60&amp;set=RUS.sanctions.position=70</c>).
/// Parsed by hand so that a bad value gets a problem list like the CLI's, never a framework error page.
/// </summary>
internal sealed class AnalysisQuery(IQueryCollection query)
{
    public string? Get(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;

    public IReadOnlyList<string> All(string name) => query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

    public string? Model => Get("model");

    public string? Dimension => Get("dimension");

    public int? Int(string name, List<Problem> problems)
    {
        if (Get(name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        problems.Add(new Problem(Rules.WrongType, $"{name} must be a whole number, found '{text}'", Field: name));
        return null;
    }

    public ParseResult<IReadOnlyList<IBargainingModel>> Models(Scenario scenario, string? defaultModel = null)
    {
        var settings = ModelSelector.ParseSettings(All("param"), "param");
        if (!settings.Success) return ParseResult<IReadOnlyList<IBargainingModel>>.ForProblems(settings.Problems);
        return ModelSelector.Resolve(Model ?? defaultModel, settings.Value, scenario, "model", "param");
    }

    /// <summary>The what-if edits (<c>set</c>, <c>drop</c>), in the CLI's syntax.</summary>
    public ParseResult<IReadOnlyList<ScenarioEdit>> Edits() => ParseEdits(All("set"), All("drop"));

    public static ParseResult<IReadOnlyList<ScenarioEdit>> ParseEdits(IEnumerable<string> sets, IEnumerable<string> drops)
    {
        var problems = new List<Problem>();
        var edits = new List<ScenarioEdit>();
        foreach (var set in sets)
        {
            var edit = ScenarioEdit.ParseSet(set);
            if (edit.Success) edits.Add(edit.Value);
            else problems.AddRange(edit.Problems.Select(p => p with { Message = p.Message.Replace("--set", "set"), Field = "set" }));
        }
        foreach (var drop in drops) edits.Add(new ScenarioEdit.DropActor(drop.Trim()));
        return problems.Count > 0
            ? ParseResult<IReadOnlyList<ScenarioEdit>>.ForProblems(problems)
            : ParseResult<IReadOnlyList<ScenarioEdit>>.ForValue(edits);
    }

    public ParseResult<Parley.Analysis.Uncertainty.MonteCarloOptions> Simulation(Scenario scenario, int maxRuns)
    {
        var problems = new List<Problem>();
        int runs = Int("runs", problems) ?? 10_000;
        int bins = Int("bins", problems) ?? 20;
        if (problems.Count > 0) return ParseResult<Parley.Analysis.Uncertainty.MonteCarloOptions>.ForProblems(problems);
        // Threads stay at the default: the server shares its cores between requests anyway.
        return new SimulationRequest(runs, Get("dist") ?? "pert", All("threshold"), Get("seed"), null, bins).ToOptions(scenario, "", maxRuns);
    }
}
