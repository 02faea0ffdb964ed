using Parley.Core.Validation;

namespace Parley.Application.Problems;

/// <summary>
/// Stops a handler at the first input it cannot use, carrying every problem found so far; caught
/// by <see cref="FailureMapper.Run{T}"/> and never seen by a face.
/// </summary>
internal sealed class ProblemsException(IReadOnlyList<Problem> problems) : Exception(problems.Count > 0 ? problems[0].ToString() : "invalid input")
{
    public IReadOnlyList<Problem> Problems { get; } = problems;

    /// <summary>The value of <paramref name="result"/>, or stop the handler with its problems.</summary>
    public static T Require<T>(ParseResult<T> result) => result.Success ? result.Value : throw new ProblemsException(result.Problems);

    public static ProblemsException For(OptionKey key, string rule, string message) => new([key.Problem(rule, message)]);
}
