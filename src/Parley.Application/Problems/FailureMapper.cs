using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.Problems;

/// <summary>
/// The one place where an exception becomes a <see cref="Failure"/>: a model refusing its input
/// (also when <c>Parallel.For</c> wraps it in an <see cref="AggregateException"/>) is bad input,
/// cancellation is cancellation, anything else is a bug. Every face runs its use cases through it,
/// so the command line and the web API cannot disagree about what went wrong.
/// </summary>
public static class FailureMapper
{
    /// <summary>Rule of a stopped run.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Rule of a bug in Parley.</summary>
    public const string InternalError = "internal-error";

    /// <summary>Runs a handler body and maps whatever it throws.</summary>
    public static Outcome<T> Run<T>(Func<T> body)
    {
        try
        {
            return Outcome<T>.Ok(body());
        }
        catch (Exception exception)
        {
            return Outcome<T>.Fail(Map(exception));
        }
    }

    public static Failure Map(Exception exception)
    {
        switch (exception)
        {
            case ProblemsException stop:
                return Failure.BadInput(stop.Problems);
            case ModelFailedException failed:
                // The model cannot run on this input with these settings (e.g. KTAB's checks under preset ktab).
                return Failure.BadInput([new Problem(Rules.ModelFailed, failed.Message, Field: "model " + failed.ModelId)]);
            case OperationCanceledException:
                return new Failure(FailureKind.Cancelled, [new Problem(Cancelled, "stopped before the work was finished")]);
            case AggregateException aggregate:
                return Combine(aggregate.Flatten().InnerExceptions.Select(Map).ToList(), aggregate);
            default:
                return new Failure(FailureKind.Internal,
                    [new Problem(InternalError, $"internal error ({exception.GetType().Name}: {exception.Message}); this is a bug in Parley, please report it")],
                    exception);
        }
    }

    /// <summary>Several failures from parallel work: a bug wins over bad input, which wins over cancellation; equal problems are shown once.</summary>
    private static Failure Combine(IReadOnlyList<Failure> failures, AggregateException aggregate)
    {
        if (failures.Count == 0) return Map(new InvalidOperationException(aggregate.Message));
        if (failures.FirstOrDefault(f => f.Kind == FailureKind.Internal) is { } bug) return bug;
        var kind = failures.Any(f => f.Kind == FailureKind.BadInput) ? FailureKind.BadInput : FailureKind.Cancelled;
        return new Failure(kind, [.. failures.Where(f => f.Kind == kind).SelectMany(f => f.Problems).Distinct()]);
    }
}
