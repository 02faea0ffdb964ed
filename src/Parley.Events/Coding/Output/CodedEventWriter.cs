using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Events.Reference;

namespace Parley.Events.Coding.Output;

/// <summary>Writes coded events as an aligned table, CSV (one row per event) or JSON, and the per-sentence explanation.</summary>
public static class CodedEventWriter
{
    public static readonly string[] CsvColumns =
    [
        "document", "sentence", "date", "source", "target", "cameo", "label", "goldstein", "quad_class",
        "source_text", "source_start", "source_end", "verb_text", "verb_start", "verb_end", "target_text", "target_start", "target_end",
        "event_rule", "source_rule", "target_rule", "date_rule", "sentence_text",
    ];

    public static string Csv(IEnumerable<CodedEvent> events)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', CsvColumns).Append('\n');
        foreach (var e in events)
        {
            var fields = new[]
            {
                e.Document, I(e.SentenceIndex), e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SourceCode, e.TargetCode, e.EventCode,
                CodedEventScores.Label(e.EventCode) ?? "", G(e.EventCode), Q(e.EventCode),
                e.Source.Text, I(e.Source.Start), I(e.Source.End), e.Verb.Text, I(e.Verb.Start), I(e.Verb.End), e.Target.Text, I(e.Target.Start), I(e.Target.End),
                e.EventRule, e.SourceRule, e.TargetRule, e.DateRule, e.Sentence,
            };
            sb.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }
        return sb.ToString();
    }

    public static string Table(IReadOnlyList<CodedEvent> events)
    {
        var rows = new List<string[]> { new[] { "date", "source", "event", "target", "goldstein", "quad", "verb", "rule" } };
        foreach (var e in events)
        {
            rows.Add([e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SourceCode, e.EventCode + " " + (CodedEventScores.Label(e.EventCode) ?? "?"), e.TargetCode,
                G(e.EventCode), Q(e.EventCode), $"{e.Verb.Text} [{e.Verb.Start}–{e.Verb.End}]", ShortRule(e.EventRule)]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            for (int c = 0; c < r.Length; c++)
            {
                sb.Append(c == r.Length - 1 ? r[c] : r[c].PadRight(widths[c] + 2));
            }
            sb.Append('\n');
        }
        sb.Append(CultureInfo.InvariantCulture, $"{events.Count} event(s)\n");
        return sb.ToString();
    }

    public static string Json(IReadOnlyList<CodedEvent> events)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                w.WriteStartObject();
                w.WriteString("document", e.Document);
                w.WriteNumber("sentence", e.SentenceIndex);
                w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("date_rule", e.DateRule);
                w.WriteString("source", e.SourceCode);
                w.WriteString("target", e.TargetCode);
                w.WriteString("cameo", e.EventCode);
                if (CodedEventScores.Label(e.EventCode) is { } label) w.WriteString("label", label); else w.WriteNull("label");
                if (CodedEventScores.Goldstein(e.EventCode) is { } g) w.WriteNumber("goldstein", g); else w.WriteNull("goldstein");
                if (CodedEventScores.Quad(e.EventCode) is { } q) w.WriteString("quad_class", QuadClassNames.Key(q)); else w.WriteNull("quad_class");
                Span(w, "source_span", e.Source, e.SourceRule);
                Span(w, "verb_span", e.Verb, e.EventRule);
                Span(w, "target_span", e.Target, e.TargetRule);
                w.WriteString("sentence_text", e.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Explain(string document, IReadOnlyList<SentenceReport> reports)
    {
        var sb = new StringBuilder();
        foreach (var r in reports)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{document} sentence {r.Index} [{r.Start}–{r.End}] {r.Date:yyyy-MM-dd} ({r.DateRule}): {(r.Events.Count > 0 ? $"{r.Events.Count} event(s)" : "no event")}\n");
            sb.Append("  \"").Append(r.Text.ReplaceLineEndings(" ")).Append("\"\n");
            foreach (var n in r.Notes) sb.Append("  - ").Append(n).Append('\n');
        }
        return sb.ToString();
    }

    private static void Span(Utf8JsonWriter w, string name, Evidence e, string rule)
    {
        w.WriteStartObject(name);
        w.WriteString("text", e.Text);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("rule", rule);
        w.WriteEndObject();
    }

    /// <summary>"pattern * SUPPORT [030] (CAMEO.2.0.txt:4984)" or "default code [042:043] (CAMEO.2.0.txt:5580)": the rule without its prose.</summary>
    private static string ShortRule(string rule)
    {
        var where = System.Text.RegularExpressions.Regex.Match(rule, @"\(([^()]+\.txt:\d+)\)");
        string head = rule.StartsWith("pattern '- ", StringComparison.Ordinal)
            ? "pattern " + string.Join(' ', rule[11..rule.IndexOf('\'', 11)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : rule.Split(" of ", 2)[0];
        return where.Success ? $"{head} ({where.Groups[1].Value})" : head;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string G(string code) => CodedEventScores.Goldstein(code) is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static string Q(string code) => CodedEventScores.Quad(code) is { } q ? ((int)q).ToString(CultureInfo.InvariantCulture) : "";

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
