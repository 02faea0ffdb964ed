using System.Globalization;
using Parley.Analysis.Runs;
using Parley.Application.Models;
using Parley.Application.Scenarios;
using Parley.Core.Validation;

namespace Parley.Web.Api;

/// <summary>
/// The query parameters of the analysis endpoints, named like the CLI's options without the dashes
/// (<c>?model=mean&amp;runs=20000&amp;seed=7&amp;threshold=sanctions>=60&amp;set=RUS.sanctions.position=70</c>).
/// Turned into the use cases' requests; a bad value gets a problem list like the CLI's, never a framework error page.
/// </summary>
internal sealed class AnalysisQuery(IQueryCollection query)
{
    public string? Get(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;

    public IReadOnlyList<string> All(string name) => query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

    public string? Dimension => Get("dimension");

    /// <summary>The model choice (<c>model</c>, repeated <c>param=NAME=VALUE</c>).</summary>
    public ModelChoice Models => new(Get("model"), All("param"));

    /// <summary>
    /// The what-if edits (<c>set</c>, <c>drop</c>, <c>add</c>). An <c>add</c> is always the actor's YAML
    /// itself (flow style fits a query string): the API never opens a path it was sent.
    /// </summary>
    public WhatIfEdits WhatIf => new(All("set"), All("drop"), All("add"), AddMayNameFiles: false);

    public int? Int(OptionKey key, List<Problem> problems)
    {
        if (Get(key.Name()) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        problems.Add(key.Problem(Rules.WrongType, $"{key.Token()} must be a whole number, found '{text}'"));
        return null;
    }

    /// <summary>The Monte Carlo settings (runs, dist, threshold, seed, bins); threads stay at the default, as the server shares its cores between requests.</summary>
    public ParseResult<SimulationRequest> Simulation()
    {
        var problems = new List<Problem>();
        int runs = Int(OptionKey.Runs, problems) ?? 10_000;
        int bins = Int(OptionKey.Bins, problems) ?? 20;
        if (problems.Count > 0) return ParseResult<SimulationRequest>.ForProblems(problems);
        return ParseResult<SimulationRequest>.ForValue(new SimulationRequest(runs, Get("dist") ?? "pert", All("threshold"), Get("seed"), null, bins));
    }
}
