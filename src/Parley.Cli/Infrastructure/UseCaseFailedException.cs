using Parley.Application.Problems;

namespace Parley.Cli.Infrastructure;

/// <summary>A use case's <see cref="Failure"/>, carried to <see cref="ParleyApp"/>, which prints it and picks the exit code.</summary>
public sealed class UseCaseFailedException(Failure failure) : Exception(failure.Problems.FirstOrDefault()?.Message ?? failure.Kind.ToString())
{
    public Failure Failure { get; } = failure;
}

/// <summary>How commands take a use case's outcome: the result, or stop with its failure.</summary>
public static class Outcomes
{
    public static T OrStop<T>(this Outcome<T> outcome) => outcome.Success ? outcome.Value : throw new UseCaseFailedException(outcome.Failure!);
}
