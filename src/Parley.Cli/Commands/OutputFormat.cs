using Parley.Cli.Infrastructure;
using Parley.Core.Validation;

namespace Parley.Cli.Commands;

internal static class OutputFormat
{
    public static string Parse(string? value, params string[] allowed)
    {
        string format = (value ?? allowed[0]).Trim().ToLowerInvariant();
        if (!allowed.Contains(format))
        {
            throw new InputException(Rules.InvalidValue, $"unknown output format '{value}'; use {string.Join(", ", allowed)}", "--format");
        }
        return format;
    }
}
