using System.Text.Json;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>Prints problems the way compilers do (one per line, file:line:col first), or as JSON.</summary>
public static class ProblemPrinter
{
    public static void Print(Terminal terminal, IReadOnlyList<Problem> problems)
    {
        string noun = problems.Count == 1 ? "problem" : "problems";
        if (!terminal.Interactive)
        {
            // One unwrapped line per problem, so logs and editors can jump to file:line:col.
            foreach (var problem in problems) terminal.RawError.WriteLine("error: " + problem);
            terminal.RawError.WriteLine($"{problems.Count} {noun}.");
            return;
        }
        foreach (var problem in problems)
        {
            terminal.Error.MarkupLine("[red]error[/]: " + Markup.Escape(problem.ToString()));
        }
        terminal.Error.MarkupLine($"[red]{problems.Count} {noun}[/].");
    }

    public static void WriteJson(Utf8JsonWriter w, IReadOnlyList<Problem> problems)
    {
        w.WriteStartArray("problems");
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("rule", p.Rule);
            w.WriteString("message", p.Message);
            if (p.File is not null) w.WriteString("file", p.File);
            if (p.Location is { } at)
            {
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
            }
            if (p.Field is not null) w.WriteString("field", p.Field);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string ToJson(IReadOnlyList<Problem> problems)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", problems.Count == 0);
            WriteJson(w, problems);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
