using Parley.Core.Validation;

namespace Parley.Application.Problems;

/// <summary>The result of a use case, or the <see cref="Failure"/> that prevented it. Never both.</summary>
public sealed class Outcome<T>
{
    private readonly T? value;

    private Outcome(T? value, Failure? failure)
    {
        this.value = value;
        Failure = failure;
    }

    public Failure? Failure { get; }

    public bool Success => Failure is null;

    /// <summary>The result; throws if the use case failed (a programming error in the face).</summary>
    public T Value => Success ? value! : throw new InvalidOperationException("The use case failed: " + Failure!.Problems.FirstOrDefault());

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(Failure failure) => new(default, failure);

    public static Outcome<T> Fail(IEnumerable<Problem> problems) => new(default, Failure.BadInput(problems));
}
