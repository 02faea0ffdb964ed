using Parley.Application.Problems;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Web.Api;

/// <summary>Responses in the CLI's contracts: JSON documents as the CLI writes them, and problem lists as <c>validate --format json</c> does.</summary>
internal static class ApiResults
{
    public const string Json = "application/json; charset=utf-8";

    /// <summary>The status of a request the client closed before the answer.</summary>
    public const int ClientClosedRequest = 499;

    public static IResult JsonText(string json, int status = StatusCodes.Status200OK) => Results.Text(json, Json, statusCode: status);

    /// <summary>400 with every problem, in the shape of <c>parley validate --format json</c>, options spelled as query parameters.</summary>
    public static IResult Problems(IReadOnlyList<Problem> problems, int status = StatusCodes.Status400BadRequest) =>
        Results.Text(ProblemJsonWriter.Write(OptionSpelling.Web.Spell(problems)), Json, statusCode: status);

    public static IResult Problem(string rule, string message, string? field = null, int status = StatusCodes.Status400BadRequest) =>
        Problems([new Problem(rule, message, Field: field)], status);

    /// <summary>A use case's failure: bad input (a model refusing it included) is a 400, a stopped request 499, a bug 500.</summary>
    public static IResult Failure(Failure failure) => failure.Kind == FailureKind.Internal
        // No exception text for a bug: the server does not tell clients about its insides.
        ? Problem(FailureMapper.InternalError, $"internal error ({failure.Cause?.GetType().Name}); this is a bug in Parley, please report it with the request you sent", status: StatusCodes.Status500InternalServerError)
        : Problems(failure.Problems, Status(failure.Kind));

    public static int Status(FailureKind kind) => kind switch
    {
        FailureKind.BadInput => StatusCodes.Status400BadRequest,
        FailureKind.Cancelled => ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult NotFound(string what) => Problem("not-found", what, status: StatusCodes.Status404NotFound);
}
