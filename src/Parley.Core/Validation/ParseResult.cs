using System.Collections.Immutable;

namespace Parley.Core.Validation;

/// <summary>
/// The result of reading or checking an input: a value, or the complete list of problems that
/// prevented one. Never both; never an exception for bad input.
/// </summary>
public sealed class ParseResult<T>
{
    private readonly T? value;

    private ParseResult(T? value, ImmutableArray<Problem> problems)
    {
        this.value = value;
        Problems = problems;
    }

    public ImmutableArray<Problem> Problems { get; }

    public bool Success => Problems.IsEmpty;

    /// <summary>The value; throws if the input had problems (a programming error, not an input error).</summary>
    public T Value => Success ? value! : throw new InvalidOperationException("The input has problems: " + Problems[0]);

    public static ParseResult<T> ForValue(T value) => new(value, ImmutableArray<Problem>.Empty);

    public static ParseResult<T> ForProblems(IEnumerable<Problem> problems)
    {
        var list = problems.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("A failed result needs at least one problem.", nameof(problems));
        return new(default, list);
    }

    public static ParseResult<T> ForProblem(Problem problem) => ForProblems([problem]);

    public ParseResult<TOut> Select<TOut>(Func<T, TOut> map) =>
        Success ? ParseResult<TOut>.ForValue(map(value!)) : ParseResult<TOut>.ForProblems(Problems);
}
