using System.Text;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Application.UseCases;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Reports.Charts;
using Parley.Reports.Html;

namespace Parley.Web.Api;

/// <summary>A finished analysis: the body and its media type, or the failure that stopped it.</summary>
internal sealed record AnalysisOutcome(byte[]? Body, string ContentType, Failure? Failure)
{
    public bool Success => Body is not null;

    public string Text => Encoding.UTF8.GetString(Body ?? []);

    public static AnalysisOutcome Json(string json) => new(Encoding.UTF8.GetBytes(json), ApiResults.Json, null);

    public static AnalysisOutcome Fail(IReadOnlyList<Problem> problems) => new(null, ApiResults.Json, Failure.BadInput(problems));

    public static AnalysisOutcome Fail(Failure failure) => new(null, ApiResults.Json, failure);

    /// <summary>A use case's outcome as JSON (the same text the CLI prints for the same request).</summary>
    public static AnalysisOutcome From<T>(Outcome<T> outcome, Func<T, string> json) => outcome.Success ? Json(json(outcome.Value)) : Fail(outcome.Failure!);

    public IResult ToResult() => Success ? Results.Bytes(Body!, ContentType) : ApiResults.Failure(Failure!);
}

/// <summary>
/// The web face of the use cases in Parley.Application: each endpoint turns the query into the
/// use case's request and writes its result with the same writer the CLI uses, so a script can
/// switch between <c>parley forecast --format json</c> and <c>POST /api/forecast</c> without noticing.
/// </summary>
internal static class Analyses
{
    public static readonly string[] Kinds = ["forecast", "simulate", "leverage", "compare", "dyads", "trace"];

    public static AnalysisOutcome Run(string kind, Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken) => kind switch
    {
        "forecast" => Forecast(scenario, query, cancellationToken),
        "simulate" => Simulate(scenario, query, options, cancellationToken),
        "leverage" => Leverage(scenario, query, cancellationToken),
        "compare" => Compare(scenario, query, cancellationToken),
        "dyads" => Dyads(scenario, query, cancellationToken),
        "trace" => Trace(scenario, query, cancellationToken),
        _ => AnalysisOutcome.Fail([new Problem(Rules.InvalidValue, $"unknown analysis '{kind}'; choose {string.Join(", ", Kinds)}", Field: "kind")]),
    };

    private static ScenarioSource Source(Scenario scenario) => new ScenarioSource.Parsed(scenario);

    public static AnalysisOutcome Forecast(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken) =>
        AnalysisOutcome.From(new ForecastHandler().Handle(new ForecastRequest(Source(scenario), query.WhatIf, query.Models), cancellationToken), r => r.ToJson());

    public static AnalysisOutcome Simulate(Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var simulation = query.Simulation();
        if (!simulation.Success) return AnalysisOutcome.Fail(simulation.Problems);
        var outcome = new SimulateHandler().Handle(new SimulateRequest(Source(scenario), query.WhatIf, query.Models, simulation.Value, options.MaxRuns), cancellationToken: cancellationToken);
        // A request cancelled part-way has no one to read the partial result.
        cancellationToken.ThrowIfCancellationRequested();
        return AnalysisOutcome.From(outcome, r => r.ToJson());
    }

    public static AnalysisOutcome Leverage(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken) =>
        AnalysisOutcome.From(new LeverageHandler().Handle(new LeverageRequest(Source(scenario), query.WhatIf, query.Models, query.Dimension), cancellationToken), r => r.ToJson());

    public static AnalysisOutcome Compare(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken) =>
        AnalysisOutcome.From(new CompareHandler().Handle(new CompareRequest(Source(scenario), query.WhatIf, query.Models), cancellationToken), r => r.ToJson());

    public static AnalysisOutcome Dyads(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        int round = query.Int(OptionKey.Round, problems) ?? 1;
        if (problems.Count > 0) return AnalysisOutcome.Fail(problems);
        return AnalysisOutcome.From(new DyadsHandler().Handle(new DyadsRequest(Source(scenario), query.WhatIf, query.Models, query.Dimension, round), cancellationToken), r => r.ToJson());
    }

    public static AnalysisOutcome Trace(Scenario scenario, AnalysisQuery query, CancellationToken cancellationToken) =>
        AnalysisOutcome.From(new TraceHandler().Handle(new TraceRequest(Source(scenario), query.WhatIf, query.Models, query.Get("actor")), cancellationToken), r => r.ToJson());

    public static AnalysisOutcome Chart(string kindText, Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var kind = ChartKindExtensions.Parse(kindText);
        if (kind is null) problems.Add(new Problem(Rules.InvalidValue, $"unknown chart '{kindText}'; choose {string.Join(", ", ChartKindExtensions.Names)}", Field: "chart"));
        string formatText = query.Get("format") ?? "svg";
        ChartFormat? format = formatText switch { "svg" => ChartFormat.Svg, "png" => ChartFormat.Png, _ => null };
        if (format is null) problems.Add(new Problem(Rules.InvalidValue, $"format must be svg or png, found '{formatText}'", Field: "format"));
        int? width = query.Int(OptionKey.Width, problems);
        if (width is < 300 or > 4000) problems.Add(new Problem(Rules.InvalidValue, $"width must be between 300 and 4000, found {width}", Field: "width"));
        if (problems.Count > 0) return AnalysisOutcome.Fail(problems);
        var loaded = ScenarioLoading.Load(Source(scenario), query.WhatIf);
        if (!loaded.Success) return AnalysisOutcome.Fail(loaded.Failure!);
        var s = loaded.Value.Scenario;
        var models = query.Models.Resolve(s, kind!.Value.TakesOneModel() ? "mean" : null);
        var simulation = kind == ChartKind.Distribution ? query.Simulation() : null;
        var monteCarlo = simulation is { Success: true } ? simulation.Value.ToOptions(s, options.MaxRuns) : null;
        if (!models.Success || simulation is { Success: false } || monteCarlo is { Success: false })
        {
            return AnalysisOutcome.Fail([.. models.Problems, .. simulation?.Problems ?? [], .. monteCarlo?.Problems ?? []]);
        }
        var chart = FailureMapper.Run(() => ChartBuilder.Build(s, models.Value, new ChartRequest(kind.Value, query.Dimension, monteCarlo?.Value, width), "dimension", cancellationToken));
        if (!chart.Success) return AnalysisOutcome.Fail(chart.Failure!);
        if (!chart.Value.Success) return AnalysisOutcome.Fail(chart.Value.Problems);
        return new AnalysisOutcome(chart.Value.Value.Render(format!.Value), format.Value.MediaType(), null);
    }

    public static AnalysisOutcome Report(Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoading.Load(Source(scenario), query.WhatIf);
        if (!loaded.Success) return AnalysisOutcome.Fail(loaded.Failure!);
        var s = loaded.Value.Scenario;
        var models = query.Models.Resolve(s);
        var simulation = query.Simulation();
        var monteCarlo = simulation.Success ? simulation.Value.ToOptions(s, options.MaxRuns) : null;
        if (!models.Success || !simulation.Success || monteCarlo is { Success: false }) return AnalysisOutcome.Fail([.. models.Problems, .. simulation.Problems, .. monteCarlo?.Problems ?? []]);
        string wanted = query.Get("headline") ?? "mean";
        int headline = models.Value.ToList().FindIndex(m => string.Equals(m.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (headline < 0 && query.Get("headline") is not null)
        {
            return AnalysisOutcome.Fail([new Problem(Rules.InvalidValue, $"headline '{wanted}' is not among the selected models ({string.Join(", ", models.Value.Select(m => m.Id))})", Field: "headline")]);
        }
        var data = FailureMapper.Run(() => ReportData.Compute(s, models.Value, Math.Max(headline, 0), monteCarlo!.Value, cancellationToken));
        if (!data.Success) return AnalysisOutcome.Fail(data.Failure!);
        return new AnalysisOutcome(Encoding.UTF8.GetBytes(HtmlReport.Render(data.Value)), "text/html; charset=utf-8", null);
    }
}
