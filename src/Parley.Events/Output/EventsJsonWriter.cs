using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Core.Formats;
using Parley.Events.Import;
using Parley.Events.Queries;
using Parley.Events.Reference;

namespace Parley.Events.Output;

/// <summary>
/// The JSON contract of the event ledger, shared by the CLI and the web API. Dyad:
/// <c>{"a", "b", "by", "filter", "periods": [{"period", "count", "goldstein_sum", "goldstein_mean",
/// "quad": {…}, "a_to_b": {…}, "b_to_a": {…}}], "total": {…}}</c> where <c>count</c> covers both
/// directions. Fields are only ever added, never renamed; numbers keep full precision.
/// </summary>
public static class EventsJsonWriter
{
    public static string Dyad(DyadResult r) => Write(w =>
    {
        w.WriteString("a", r.A);
        w.WriteString("b", r.B);
        w.WriteString("by", r.Grain.ToString().ToLowerInvariant());
        WriteFilter(w, r.Filter);
        w.WriteStartArray("periods");
        foreach (var p in r.Periods)
        {
            w.WriteStartObject();
            w.WriteString("period", p.Label);
            w.WriteString("start", Date(p.Start));
            WriteTallyFields(w, p.Combined);
            w.WriteStartObject("a_to_b");
            WriteTallyFields(w, p.AToB);
            w.WriteEndObject();
            w.WriteStartObject("b_to_a");
            WriteTallyFields(w, p.BToA);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("total");
        WriteTallyFields(w, r.Total);
        w.WriteEndObject();
    });

    public static string Matrix(MatrixResult r) => Write(w =>
    {
        w.WriteStartArray("actors");
        foreach (var a in r.Actors) w.WriteStringValue(a);
        w.WriteEndArray();
        WriteFilter(w, r.Filter);
        w.WriteString("orientation", "rows are sources, columns are targets; the diagonal (events within one country) is left out");
        WriteGrid(w, "count", r, t => t.Count);
        WriteGrid(w, "goldstein_sum", r, t => t.Count == 0 ? null : t.GoldsteinSum);
        WriteGrid(w, "goldstein_mean", r, t => t.GoldsteinMean);
    });

    public static string Top(TopEventsResult r) => Write(w =>
    {
        w.WriteString("actor", r.Actor);
        if (r.Target is not null) w.WriteString("target", r.Target);
        w.WriteNumber("limit", r.Limit);
        WriteFilter(w, r.Filter);
        WriteEvents(w, "most_cooperative", r.MostCooperative);
        WriteEvents(w, "most_conflictual", r.MostConflictual);
    });

    public static string Affinity(AffinityResult r) => Write(w =>
    {
        w.WriteString("scenario", r.Scenario);
        w.WriteString("as_of", Date(r.AsOf));
        w.WriteString("window", r.Window.ToString());
        w.WriteString("from", Date(r.From));
        w.WriteString("to", Date(r.AsOf));
        WriteFilter(w, r.Filter);
        w.WriteString("cooperation_index", AffinityQuery.IndexDescription);
        w.WriteStartArray("pairs");
        foreach (var p in r.Pairs)
        {
            w.WriteStartObject();
            w.WriteString("a", p.ActorA);
            w.WriteString("b", p.ActorB);
            w.WriteString("country_a", p.CountryA);
            w.WriteString("country_b", p.CountryB);
            w.WriteNumber("events", p.Events);
            w.WriteNumber("a_to_b", p.EventsAToB);
            w.WriteNumber("b_to_a", p.EventsBToA);
            Number(w, "goldstein_mean", p.GoldsteinMean);
            Number(w, "cooperation_index", p.CooperationIndex);
            Number(w, "stance_alignment", p.StanceAlignment);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in r.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("actor", s.ActorId);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static string Imports(IReadOnlyList<ImportReport> reports) => Write(w =>
    {
        w.WriteStartArray("imports");
        foreach (var r in reports)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteString("format", EventFormats.Name(r.Format));
            w.WriteString("dataset", r.Dataset);
            w.WriteString("table", r.Mentions ? "event_mentions" : "events");
            w.WriteNumber("rows_read", r.RowsRead);
            w.WriteNumber("imported", r.Imported);
            w.WriteNumber("duplicates", r.Duplicates);
            w.WriteNumber("bad_lines", r.BadLineCount);
            w.WriteStartArray("first_bad_lines");
            foreach (var b in r.BadLines)
            {
                w.WriteStartObject();
                w.WriteNumber("line", b.Line);
                w.WriteString("field", b.Field);
                w.WriteString("message", b.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void WriteEvents(Utf8JsonWriter w, string name, IReadOnlyList<LedgerEvent> events)
    {
        w.WriteStartArray(name);
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("date", Date(e.Date));
            w.WriteString("dataset", e.Dataset);
            w.WriteString("event_key", e.EventKey);
            Text(w, "source_code", e.SourceCode);
            Text(w, "source_name", e.SourceName);
            Text(w, "source_country", e.SourceCountry);
            Text(w, "target_code", e.TargetCode);
            Text(w, "target_name", e.TargetName);
            Text(w, "target_country", e.TargetCountry);
            w.WriteString("cameo_code", e.CameoCode);
            Text(w, "cameo_name", e.CameoName);
            w.WriteString("quad", QuadClassNames.Key(e.Quad));
            Number(w, "goldstein", e.Goldstein);
            Text(w, "description", e.Description);
            Text(w, "story", e.Story);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteGrid(Utf8JsonWriter w, string name, MatrixResult r, Func<Tally, double?> value)
    {
        w.WriteStartArray(name);
        int k = r.Actors.Count;
        for (int i = 0; i < k; i++)
        {
            w.WriteStartArray();
            for (int j = 0; j < k; j++)
            {
                double? v = i == j ? null : value(r.Cells[i, j]);
                if (v is { } x) w.WriteNumberValue(x);
                else w.WriteNullValue();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteTallyFields(Utf8JsonWriter w, Tally t)
    {
        w.WriteNumber("count", t.Count);
        w.WriteNumber("goldstein_sum", t.GoldsteinSum);
        Number(w, "goldstein_mean", t.GoldsteinMean);
        w.WriteStartObject("quad");
        foreach (var q in QuadClassNames.All) w.WriteNumber(QuadClassNames.Key(q), t.Quad(q));
        w.WriteEndObject();
    }

    private static void WriteFilter(Utf8JsonWriter w, EventFilter f)
    {
        w.WriteStartObject("filter");
        if (f.From is { } from) w.WriteString("from", Date(from));
        if (f.To is { } to) w.WriteString("to_exclusive", Date(to));
        w.WriteStartArray("datasets");
        foreach (var d in f.DatasetList) w.WriteStringValue(d);
        w.WriteEndArray();
        w.WriteStartArray("about");
        foreach (var a in f.AboutList) w.WriteStringValue(a);
        w.WriteEndArray();
        if (f.AboutList.Count > 0) w.WriteString("about_rule", AboutRule.Description);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
