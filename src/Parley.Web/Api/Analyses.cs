using System.Text;
using Parley.Analysis.Leverage;
using Parley.Analysis.Output;
using Parley.Analysis.Uncertainty;
using Parley.Analysis.WhatIf;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Output;
using Parley.Reports.Charts;
using Parley.Reports.Html;

namespace Parley.Web.Api;

/// <summary>A finished analysis: the body and its media type, or the problems that stopped it.</summary>
internal sealed record AnalysisOutcome(byte[]? Body, string ContentType, IReadOnlyList<Problem> Problems)
{
    public bool Success => Body is not null;

    public string Text => Encoding.UTF8.GetString(Body ?? []);

    public static AnalysisOutcome Json(string json) => new(Encoding.UTF8.GetBytes(json), ApiResults.Json, []);

    public static AnalysisOutcome Fail(IReadOnlyList<Problem> problems) => new(null, ApiResults.Json, problems);

    public IResult ToResult() => Success ? Results.Bytes(Body!, ContentType) : ApiResults.Problems(Problems);
}

/// <summary>
/// The analyses the web API offers, each writing the CLI's JSON contract through the same writers
/// (<see cref="ForecastJsonWriter"/>, <see cref="AnalysisJsonWriter"/>), so a script can switch
/// between <c>parley forecast --format json</c> and <c>POST /api/forecast</c> without noticing.
/// </summary>
internal static class Analyses
{
    public static readonly string[] Kinds = ["forecast", "simulate", "leverage", "compare"];

    public static AnalysisOutcome Run(string kind, Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken) => kind switch
    {
        "forecast" => Forecast(scenario, query, cancellationToken),
        "simulate" => Simulate(scenario, query, options, cancellationToken),
        "leverage" => Leverage(scenario, query, cancellationToken),
        "compare" => Compare(scenario, query, cancellationToken),
        _ => AnalysisOutcome.Fail([new Problem(Rules.InvalidValue, $"unknown analysis '{kind}'; choose {string.Join(", ", Kinds)}", Field: "kind")]),
    };

    public static AnalysisOutcome Forecast(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken)
    {
        var edited = ApplyEdits(scenario, query);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var models = query.Models(edited.Value);
        if (!models.Success) return AnalysisOutcome.Fail(models.Problems);
        var compiled = CompiledScenario.Compile(edited.Value);
        var forecasts = models.Value.Select(m => m.Run(compiled, cancellationToken)).ToList();
        return AnalysisOutcome.Json(ForecastJsonWriter.Write(edited.Value, forecasts));
    }

    public static AnalysisOutcome Simulate(Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var edited = ApplyEdits(scenario, query);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var s = edited.Value;
        var models = query.Models(s);
        var simulation = query.Simulation(s, options.MaxRuns);
        if (!models.Success || !simulation.Success) return AnalysisOutcome.Fail([.. models.Problems, .. simulation.Problems]);
        var compiled = CompiledScenario.Compile(s);
        var forecasts = models.Value.Select(m => m.Run(compiled, cancellationToken)).ToList();
        var result = MonteCarloSimulation.Run(s, models.Value, simulation.Value, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return AnalysisOutcome.Json(AnalysisJsonWriter.Simulation(s, models.Value, forecasts, result));
    }

    public static AnalysisOutcome Leverage(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken)
    {
        var edited = ApplyEdits(scenario, query);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var s = edited.Value;
        if (query.Dimension is { } dim && s.DimensionIndex(dim) < 0) return UnknownDimension(s, dim);
        var models = query.Models(s, "mean");
        if (!models.Success) return AnalysisOutcome.Fail(models.Problems);
        if (models.Value.Count != 1) return AnalysisOutcome.Fail([new Problem(Rules.InvalidValue, "leverage takes one model (model=mean, median, nbs, …)", Field: "model")]);
        var model = models.Value[0];
        var forecast = model.Run(CompiledScenario.Compile(s), cancellationToken);
        var result = LeverageAnalysis.Run(s, model, cancellationToken: cancellationToken);
        var rows = query.Dimension is { } only ? result.For(only).ToList() : result.Rows.ToList();
        return AnalysisOutcome.Json(AnalysisJsonWriter.Leverage(s, forecast, rows, result));
    }

    public static AnalysisOutcome Compare(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken)
    {
        var edits = query.Edits();
        if (!edits.Success) return AnalysisOutcome.Fail(edits.Problems);
        if (edits.Value.Count == 0) return AnalysisOutcome.Fail([new Problem(Rules.MissingField, "compare needs at least one what-if: set=ACTOR.DIMENSION.position=V, set=ACTOR.capability=V or drop=ACTOR", Field: "set")]);
        var edited = ScenarioEditor.Apply(scenario, edits.Value);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var models = query.Models(scenario);
        if (!models.Success) return AnalysisOutcome.Fail(models.Problems);
        var before = models.Value.Select(m => m.Run(CompiledScenario.Compile(scenario), cancellationToken)).ToList();
        var after = models.Value.Select(m => m.Run(CompiledScenario.Compile(edited.Value), cancellationToken)).ToList();
        return AnalysisOutcome.Json(AnalysisJsonWriter.Comparison(scenario, edited.Value, edits.Value, before, after));
    }

    public static AnalysisOutcome Chart(string kindText, Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var kind = ChartKindExtensions.Parse(kindText);
        if (kind is null) problems.Add(new Problem(Rules.InvalidValue, $"unknown chart '{kindText}'; choose {string.Join(", ", ChartKindExtensions.Names)}", Field: "chart"));
        string formatText = query.Get("format") ?? "svg";
        ChartFormat? format = formatText switch { "svg" => ChartFormat.Svg, "png" => ChartFormat.Png, _ => null };
        if (format is null) problems.Add(new Problem(Rules.InvalidValue, $"format must be svg or png, found '{formatText}'", Field: "format"));
        int? width = query.Int("width", problems);
        if (width is < 300 or > 4000) problems.Add(new Problem(Rules.InvalidValue, $"width must be between 300 and 4000, found {width}", Field: "width"));
        if (problems.Count > 0) return AnalysisOutcome.Fail(problems);
        var edited = ApplyEdits(scenario, query);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var s = edited.Value;
        var models = query.Models(s, kind!.Value.TakesOneModel() ? "mean" : null);
        var simulation = kind == ChartKind.Distribution ? query.Simulation(s, options.MaxRuns) : null;
        if (!models.Success || simulation is { Success: false }) return AnalysisOutcome.Fail([.. models.Problems, .. simulation?.Problems ?? []]);
        var chart = ChartBuilder.Build(s, models.Value, new ChartRequest(kind.Value, query.Dimension, simulation?.Value, width), "dimension", cancellationToken);
        if (!chart.Success) return AnalysisOutcome.Fail(chart.Problems);
        return new AnalysisOutcome(chart.Value.Render(format!.Value), format.Value.MediaType(), []);
    }

    public static AnalysisOutcome Report(Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var edited = ApplyEdits(scenario, query);
        if (!edited.Success) return AnalysisOutcome.Fail(edited.Problems);
        var s = edited.Value;
        var models = query.Models(s);
        var simulation = query.Simulation(s, options.MaxRuns);
        if (!models.Success || !simulation.Success) return AnalysisOutcome.Fail([.. models.Problems, .. simulation.Problems]);
        string wanted = query.Get("headline") ?? "mean";
        int headline = models.Value.ToList().FindIndex(m => string.Equals(m.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (headline < 0 && query.Get("headline") is not null)
        {
            return AnalysisOutcome.Fail([new Problem(Rules.InvalidValue, $"headline '{wanted}' is not among the selected models ({string.Join(", ", models.Value.Select(m => m.Id))})", Field: "headline")]);
        }
        var data = ReportData.Compute(s, models.Value, Math.Max(headline, 0), simulation.Value, cancellationToken);
        return new AnalysisOutcome(Encoding.UTF8.GetBytes(HtmlReport.Render(data)), "text/html; charset=utf-8", []);
    }

    /// <summary>The scenario with the query's what-if edits applied (itself when there are none).</summary>
    public static ParseResult<Scenario> ApplyEdits(Scenario scenario, AnalysisQuery query)
    {
        var edits = query.Edits();
        if (!edits.Success) return ParseResult<Scenario>.ForProblems(edits.Problems);
        return edits.Value.Count == 0 ? ParseResult<Scenario>.ForValue(scenario) : ScenarioEditor.Apply(scenario, edits.Value);
    }

    private static AnalysisOutcome UnknownDimension(Scenario s, string dim) =>
        AnalysisOutcome.Fail([new Problem(Rules.UnknownDimension, $"no dimension '{dim}' (dimensions: {string.Join(", ", s.Dimensions.Select(d => d.Id))})", Field: "dimension")]);
}
