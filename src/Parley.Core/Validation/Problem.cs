using System.Text;

namespace Parley.Core.Validation;

/// <summary>
/// One thing wrong with an input: where (file, line, column, field), which rule it breaks and a
/// message a person can act on. Problems are collected, never thrown, so a user sees all of them at once.
/// </summary>
public sealed record Problem(string Rule, string Message, string? File = null, SourceLocation? Location = null, string? Field = null)
{
    public Problem At(string? file, SourceLocation? location) => this with { File = file, Location = Location ?? location };

    /// <summary>The compiler-style one-line form: <c>file:line:col: field: message [rule]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null) text.Append(File);
        if (Location is { } at)
        {
            if (text.Length > 0) text.Append(':');
            text.Append(at.Line).Append(':').Append(at.Column);
        }
        if (text.Length > 0) text.Append(": ");
        if (!string.IsNullOrEmpty(Field)) text.Append(Field).Append(": ");
        text.Append(Message).Append(" [").Append(Rule).Append(']');
        return text.ToString();
    }
}
