using Parley.Core.Validation;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Raised inside a command when the user's input cannot be used; caught by <see cref="ParleyApp"/>,
/// which prints the problems and exits with <see cref="ExitCodes.BadInput"/>. Never shown as a stack trace.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Problem> problems) : base(problems.Count > 0 ? problems[0].ToString() : "invalid input") => Problems = problems;

    public InputException(string rule, string message, string? field = null) : this([new Problem(rule, message, Field: field)]) { }

    public IReadOnlyList<Problem> Problems { get; }
}
