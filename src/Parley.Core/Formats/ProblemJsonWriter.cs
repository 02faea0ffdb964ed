using System.Text;
using System.Text.Json;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Writes problems as JSON — <c>{"valid", "problems": [{"rule", "message", "file", "line", "column", "field"}]}</c> —
/// the one shape the CLI (<c>validate --format json</c>) and the web API (every 400) report them in.
/// </summary>
public static class ProblemJsonWriter
{
    public static void WriteProblems(Utf8JsonWriter w, IReadOnlyList<Problem> problems)
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

    public static string Write(IReadOnlyList<Problem> problems)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", problems.Count == 0);
            WriteProblems(w, problems);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
