using System.Collections.Immutable;
using Parley.Core.Validation;

namespace Parley.Application.Problems;

/// <summary>What kind of failure stopped a use case; each face turns it into its own answer (exit code, HTTP status).</summary>
public enum FailureKind
{
    /// <summary>The input (file, option, setting) cannot be used, or a model refused it: exit 2, HTTP 400.</summary>
    BadInput,

    /// <summary>The caller stopped the work (Ctrl-C, a closed request): exit 130.</summary>
    Cancelled,

    /// <summary>Something unexpected inside Parley, a bug: exit 1, HTTP 500.</summary>
    Internal,
}

/// <summary>Why a use case produced no result: the kind, the problems to show (options as tokens) and, for a bug, its exception.</summary>
public sealed record Failure(FailureKind Kind, ImmutableArray<Problem> Problems, Exception? Cause = null)
{
    public static Failure BadInput(IEnumerable<Problem> problems) => new(FailureKind.BadInput, [.. problems]);
}
