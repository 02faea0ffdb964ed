using System.Text;
using System.Text.Json;
using Parley.Application.Models;
using Parley.Application.Scenarios;
using Parley.Application.UseCases;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Reports.Charts;

namespace Parley.Web.Api;

/// <summary>
/// Analyses of a scenario sent in the request body (nothing is stored): validate, forecast,
/// simulate, leverage, compare, charts and the report; plus the what-if call behind the sliders,
/// which works on a stored scenario so the server parses it once.
/// </summary>
internal static class AnalysisEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");

        api.MapGet("/models", () => Results.Json(ModelCatalog.All.Select(e => new { id = e.Id, name = e.Name, summary = e.Summary, parameters = e.Parameters })))
           .WithSummary("The bargaining models and their settings");

        api.MapPost("/validate", async (HttpRequest request, WebOptions options, CancellationToken ct) =>
        {
            var upload = await ScenarioInput.ReadAsync(request, options.MaxRequestBytes, ct);
            if (upload.Status is StatusCodes.Status415UnsupportedMediaType or StatusCodes.Status413PayloadTooLarge) return ApiResults.Problems(upload.Problems, upload.Status);
            // The problem list is the answer here, so a broken scenario is still a 200: {"valid": false, "problems": […]}.
            return ApiResults.JsonText(ProblemJsonWriter.Write(Parley.Application.Problems.OptionSpelling.Web.Spell(upload.Problems)));
        }).WithSummary("Check a scenario and list every problem (file, line, column, field, rule), as 'parley validate --format json'");

        MapAnalysis(api, "/forecast", "Forecast every dimension (?model=mean|median|nbs|ensemble|all, ?param=NAME=VALUE, what-ifs ?set=, ?drop=)",
            (scenario, query, options, ct) => Analyses.Forecast(scenario, query, ct));
        MapAnalysis(api, "/simulate", "Monte Carlo over the uncertainty ranges (?runs=, ?seed=, ?dist=pert|uniform|normal, ?threshold=DIM>=V)",
            (scenario, query, options, ct) => Analyses.Simulate(scenario, query, options, ct));
        MapAnalysis(api, "/leverage", "Whose shift moves the outcome most (?model=, ?dimension=)",
            (scenario, query, options, ct) => Analyses.Leverage(scenario, query, ct));
        MapAnalysis(api, "/compare", "Forecast as written beside the forecast with what-ifs (?set=ACTOR.DIM.position=V, ?drop=ACTOR)",
            (scenario, query, options, ct) => Analyses.Compare(scenario, query, ct));
        MapAnalysis(api, "/dyads", "How each pair of actors reads its relationship in the expected-utility model (?model=eu, ?dimension=, ?round=), as 'parley dyads --format json'",
            (scenario, query, options, ct) => Analyses.Dyads(scenario, query, ct));
        MapAnalysis(api, "/trace", "The Spatial Model of Politics round by round (?model=smp, ?param=, what-ifs), as 'parley trace --format json'",
            (scenario, query, options, ct) => Analyses.Trace(scenario, query, ct));
        MapAnalysis(api, "/report", "The self-contained HTML report (?model=, ?headline=, ?runs=, ?seed=, ?threshold=)",
            (scenario, query, options, ct) => Analyses.Report(scenario, query, options, ct));

        api.MapPost("/charts/{chart}", async (string chart, HttpRequest request, WebOptions options, CancellationToken ct) =>
        {
            var upload = await ScenarioInput.ReadAsync(request, options.MaxRequestBytes, ct);
            if (!upload.Success) return ApiResults.Problems(upload.Problems, upload.Status);
            return (await Task.Run(() => Analyses.Chart(chart, upload.Scenario!, new AnalysisQuery(request.Query), options, ct), ct)).ToResult();
        }).WithSummary("One chart as SVG or PNG: map, trajectory, distribution, leverage or dyads (?format=svg|png, ?dimension=, ?model=)");

        api.MapGet("/scenarios/{id}/charts/{chart}", async (string id, string chart, HttpRequest request, ScenarioCache cache, WebOptions options, CancellationToken ct) =>
        {
            var scenario = await cache.GetAsync(id, ct);
            if (scenario is null) return ApiResults.NotFound($"no stored scenario '{id}'");
            return (await Task.Run(() => Analyses.Chart(chart, scenario, new AnalysisQuery(request.Query), options, ct), ct)).ToResult();
        }).WithTags("Scenarios").WithSummary("One chart of a stored scenario (same options as POST /api/charts/{chart}, what-ifs included)");

        api.MapPost("/whatif", WhatIf)
           .WithSummary("The slider call: a stored scenario with what-if edits → the forecast contract and the position map of one dimension");
    }

    /// <summary>The body of POST /api/whatif.</summary>
    public sealed record WhatIfRequest(string? ScenarioId, string? Model, string? Dimension, IReadOnlyList<string>? Set, IReadOnlyList<string>? Drop);

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static async Task<IResult> WhatIf(HttpRequest request, ScenarioCache cache, WebOptions options, CancellationToken ct)
    {
        if (ScenarioInput.FormatOf(request.ContentType) != ScenarioFormat.Json) return ApiResults.Problem(Rules.UnknownFormat, "send the what-if as application/json", status: StatusCodes.Status415UnsupportedMediaType);
        var bytes = await ScenarioInput.ReadLimitedAsync(request.Body, 64 * 1024, ct);
        if (bytes is null) return ApiResults.Problem(Rules.FileTooLarge, "the what-if request is too large", status: StatusCodes.Status413PayloadTooLarge);
        WhatIfRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<WhatIfRequest>(bytes, SnakeCase);
        }
        catch (JsonException e)
        {
            return ApiResults.Problem(Rules.MalformedJson, "the what-if request is not valid JSON: " + e.Message);
        }
        if (body?.ScenarioId is not { Length: > 0 } id) return ApiResults.Problem(Rules.MissingField, "scenario_id is required", "scenario_id");
        var scenario = await cache.GetAsync(id, ct);
        if (scenario is null) return ApiResults.NotFound($"no stored scenario '{id}'");
        var forecastRequest = new ForecastRequest(new ScenarioSource.Parsed(scenario), new WhatIfEdits(body.Set ?? [], body.Drop ?? [], []), new ModelChoice(body.Model));
        var outcome = new ForecastHandler().Handle(forecastRequest, ct);
        if (!outcome.Success) return ApiResults.Failure(outcome.Failure!);
        var s = outcome.Value.Scenario;
        string dimension = body.Dimension ?? s.Dimensions[0].Id;
        if (s.DimensionIndex(dimension) < 0) return ApiResults.Problem(Rules.UnknownDimension, $"no dimension '{dimension}'", "dimension");
        string forecastJson = outcome.Value.ToJson();
        string svg = PositionMapChart.Build(s, dimension, outcome.Value.Forecasts).ToSvg("live");

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("forecast");
            w.WriteRawValue(forecastJson);
            w.WriteString("dimension", dimension);
            w.WriteString("chart", svg);
            w.WriteEndObject();
        }
        return Results.Bytes(buffer.ToArray(), ApiResults.Json);
    }

    private delegate AnalysisOutcome Analysis(Parley.Core.Scenario scenario, AnalysisQuery query, WebOptions options, CancellationToken cancellationToken);

    private static void MapAnalysis(RouteGroupBuilder api, string path, string summary, Analysis analysis)
    {
        api.MapPost(path, async (HttpRequest request, WebOptions options, CancellationToken ct) =>
        {
            var upload = await ScenarioInput.ReadAsync(request, options.MaxRequestBytes, ct);
            if (!upload.Success) return ApiResults.Problems(upload.Problems, upload.Status);
            // Models and simulations are CPU work: keep them off the request thread's synchronous path.
            return (await Task.Run(() => analysis(upload.Scenario!, new AnalysisQuery(request.Query), options, ct), ct)).ToResult();
        }).WithSummary(summary)
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .Produces(StatusCodes.Status400BadRequest, contentType: "application/json");
    }
}
