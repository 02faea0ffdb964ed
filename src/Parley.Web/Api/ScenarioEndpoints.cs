using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Storage.Scenarios;

namespace Parley.Web.Api;

/// <summary>Stored scenarios and their runs: upload, list, edit, delete, run and read back.</summary>
internal static class ScenarioEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/scenarios").WithTags("Scenarios");

        api.MapGet("", async (IScenarioStore store, CancellationToken ct) =>
        {
            var list = await store.ListAsync(ct);
            return Results.Json(list.Select(s => new { id = s.Id, title = s.Title, file_name = s.FileName, created_at = s.CreatedAt, updated_at = s.UpdatedAt }));
        }).WithSummary("List stored scenarios");

        api.MapPost("", async (HttpRequest request, IScenarioStore store, WebOptions options, CancellationToken ct) =>
        {
            var upload = await ScenarioInput.ReadAsync(request, options.MaxRequestBytes, ct);
            if (!upload.Success) return ApiResults.Problems(upload.Problems, upload.Status);
            var stored = await store.AddAsync(upload.Scenario!.Title, upload.FileName, upload.Text, ct);
            return Results.Json(Summary(stored, upload.Scenario), statusCode: StatusCodes.Status201Created);
        }).WithSummary("Store a scenario (body: YAML, JSON or CSV by Content-Type; ?name= a display name)")
          .Produces(StatusCodes.Status201Created).Produces(StatusCodes.Status400BadRequest);

        // The browser's upload form: multipart with an anti-forgery token (checked by UseAntiforgery).
        api.MapPost("/upload", async ([FromForm] IFormFile file, IScenarioStore store, WebOptions options, CancellationToken ct) =>
        {
            if (file.Length > options.MaxRequestBytes) return ApiResults.Problem(Rules.FileTooLarge, "the file is larger than this server's limit", status: StatusCodes.Status413PayloadTooLarge);
            var format = Path.GetExtension(file.FileName).ToLowerInvariant() switch
            {
                ".json" => Parley.Core.Formats.ScenarioFormat.Json,
                ".csv" => Parley.Core.Formats.ScenarioFormat.Csv,
                ".yaml" or ".yml" => Parley.Core.Formats.ScenarioFormat.Yaml,
                _ => (Parley.Core.Formats.ScenarioFormat?)null,
            };
            string name = ScenarioInput.DisplayName(file.FileName, format);
            await using var stream = file.OpenReadStream();
            var bytes = await ScenarioInput.ReadLimitedAsync(stream, options.MaxRequestBytes, ct);
            if (bytes is null) return ApiResults.Problem(Rules.FileTooLarge, "the file is larger than this server's limit", status: StatusCodes.Status413PayloadTooLarge);
            var upload = ScenarioInput.FromBytes(bytes, name, format);
            if (!upload.Success) return ApiResults.Problems(upload.Problems);
            var stored = await store.AddAsync(upload.Scenario!.Title, upload.FileName, upload.Text, ct);
            return Results.Json(Summary(stored, upload.Scenario), statusCode: StatusCodes.Status201Created);
        }).WithSummary("Store an uploaded scenario file (multipart form with anti-forgery token)");

        api.MapGet("/{id}", async (string id, IScenarioStore store, CancellationToken ct) =>
            await store.GetAsync(id, ct) is { } s
                ? Results.Json(new { id = s.Id, title = s.Title, file_name = s.FileName, content = s.Content, created_at = s.CreatedAt, updated_at = s.UpdatedAt })
                : ApiResults.NotFound($"no stored scenario '{id}'"))
           .WithSummary("A stored scenario with its file content");

        api.MapGet("/{id}/scenario", async (string id, ScenarioCache cache, CancellationToken ct) =>
            await cache.GetAsync(id, ct) is { } scenario
                ? ApiResults.JsonText(Parley.Core.Formats.ScenarioJsonWriter.Write(scenario))
                : ApiResults.NotFound($"no stored scenario '{id}'"))
           .WithSummary("A stored scenario as read, in Parley's JSON scenario format (as 'parley convert' writes it)");

        api.MapPut("/{id}", async (string id, HttpRequest request, IScenarioStore store, WebOptions options, CancellationToken ct) =>
        {
            var upload = await ScenarioInput.ReadAsync(request, options.MaxRequestBytes, ct);
            if (!upload.Success) return ApiResults.Problems(upload.Problems, upload.Status);
            var stored = await store.UpdateAsync(id, upload.Scenario!.Title, upload.FileName, upload.Text, ct);
            return stored is null ? ApiResults.NotFound($"no stored scenario '{id}'") : Results.Json(Summary(stored, upload.Scenario));
        }).WithSummary("Replace a stored scenario's content (only a valid scenario is stored)");

        api.MapDelete("/{id}", async (string id, IScenarioStore store, CancellationToken ct) =>
            await store.DeleteAsync(id, ct) ? Results.NoContent() : ApiResults.NotFound($"no stored scenario '{id}'"))
           .WithSummary("Delete a stored scenario and its runs");

        api.MapPost("/{id}/runs", async (string id, HttpRequest request, IScenarioStore store, ScenarioCache cache, WebOptions options, CancellationToken ct) =>
        {
            var scenario = await cache.GetAsync(id, ct);
            if (scenario is null) return ApiResults.NotFound($"no stored scenario '{id}'");
            string kind = request.Query["kind"].FirstOrDefault() ?? "forecast";
            var outcome = await Task.Run(() => Analyses.Run(kind, scenario, new AnalysisQuery(request.Query), options, ct), ct);
            if (!outcome.Success) return outcome.ToResult();
            var run = await store.AddRunAsync(id, kind, request.QueryString.Value ?? "", outcome.Text, ct);
            request.HttpContext.Response.Headers.Location = "/api/runs/" + run.Id;
            request.HttpContext.Response.Headers["X-Parley-Run"] = run.Id;
            return ApiResults.JsonText(outcome.Text, StatusCodes.Status201Created);
        }).WithSummary("Run an analysis on a stored scenario and keep the result (?kind=forecast|simulate|leverage|compare plus the analysis's options)");

        api.MapGet("/{id}/runs", async (string id, IScenarioStore store, CancellationToken ct) =>
            Results.Json((await store.ListRunsAsync(id, ct)).Select(r => new { id = r.Id, kind = r.Kind, request = r.Request, created_at = r.CreatedAt })))
           .WithSummary("A stored scenario's runs, newest first");

        api.MapGet("/{id}/report", async (string id, HttpRequest request, ScenarioCache cache, WebOptions options, CancellationToken ct) =>
        {
            var scenario = await cache.GetAsync(id, ct);
            if (scenario is null) return ApiResults.NotFound($"no stored scenario '{id}'");
            return (await Task.Run(() => Analyses.Report(scenario, new AnalysisQuery(request.Query), options, ct), ct)).ToResult();
        }).WithSummary("The self-contained HTML report of a stored scenario");

        app.MapGet("/api/runs/{id}", async (string id, IScenarioStore store, CancellationToken ct) =>
            await store.GetRunAsync(id, ct) is { } run ? ApiResults.JsonText(run.Result) : ApiResults.NotFound($"no run '{id}'"))
           .WithTags("Scenarios").WithSummary("A stored run's result, in the CLI's JSON contract");

        app.MapGet("/api/antiforgery", (IAntiforgery antiforgery, HttpContext context) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Json(new { field = tokens.FormFieldName, token = tokens.RequestToken });
        }).WithTags("Scenarios").WithSummary("An anti-forgery token for the upload form");
    }

    private static object Summary(StoredScenario s, Scenario scenario) => new
    {
        id = s.Id,
        title = s.Title,
        file_name = s.FileName,
        actors = scenario.Actors.Count,
        dimensions = scenario.Dimensions.Count,
        created_at = s.CreatedAt,
        updated_at = s.UpdatedAt,
    };
}
