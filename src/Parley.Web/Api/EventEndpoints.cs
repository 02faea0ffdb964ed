using Parley.Core.Validation;
using Parley.Reports.Charts;
using Parley.Reports.Events;

namespace Parley.Web.Api;

/// <summary>The event ledger's dyad history: per-period values as JSON, or as a chart.</summary>
internal static class EventEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        api.MapGet("/dyad", (HttpRequest request, IDyadHistory history, CancellationToken ct) =>
        {
            var series = Load(request, history, ct, out var error);
            if (error is not null) return error;
            return Results.Json(new
            {
                label = series!.Label,
                points = series.Points.Select(p => new { period = p.Period, value = p.Value, events = p.Events }),
            });
        }).WithSummary("A dyad's cooperation by period (?source=USA&target=PRK&period=month|quarter|year)");

        api.MapGet("/dyad.svg", (HttpRequest request, IDyadHistory history, CancellationToken ct) =>
        {
            var series = Load(request, history, ct, out var error);
            if (error is not null) return error;
            return Results.Text(CooperationChart.Build([series!], $"Cooperation over time: {series!.Label}").ToSvg("dyad"), "image/svg+xml");
        }).WithSummary("The same as a chart (SVG)");
    }

    private static CooperationSeries? Load(HttpRequest request, IDyadHistory history, CancellationToken ct, out IResult? error)
    {
        string source = (request.Query["source"].FirstOrDefault() ?? "").Trim().ToUpperInvariant();
        string target = (request.Query["target"].FirstOrDefault() ?? "").Trim().ToUpperInvariant();
        string period = request.Query["period"].FirstOrDefault() ?? "month";
        var problems = new List<Problem>();
        if (!IsCode(source)) problems.Add(new Problem(Rules.InvalidValue, "source must be a CAMEO code such as USA", Field: "source"));
        if (!IsCode(target)) problems.Add(new Problem(Rules.InvalidValue, "target must be a CAMEO code such as PRK", Field: "target"));
        if (period is not ("month" or "quarter" or "year")) problems.Add(new Problem(Rules.InvalidValue, $"period must be month, quarter or year, found '{period}'", Field: "period"));
        if (problems.Count > 0)
        {
            error = ApiResults.Problems(problems);
            return null;
        }
        try
        {
            error = null;
            return history.Cooperation(source, target, period, ct);
        }
        catch (Parley.Events.Store.LedgerException e)
        {
            error = ApiResults.Problem("not-available", e.Message, status: StatusCodes.Status503ServiceUnavailable);
            return null;
        }
    }

    private static bool IsCode(string code) => code.Length is >= 3 and <= 15 && code.All(char.IsAsciiLetterOrDigit);
}
