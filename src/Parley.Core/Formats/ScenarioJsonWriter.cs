using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Core.Formats;

/// <summary>Writes a scenario as JSON with the same structure and field names as the YAML format.</summary>
public static class ScenarioJsonWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep "Côte d'Ivoire" and "–" readable; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Scenario scenario)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            Write(w, scenario);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void Write(Utf8JsonWriter w, Scenario scenario)
    {
        w.WriteStartObject();
        w.WriteString("title", scenario.Title);
        if (scenario.AsOf is { } asOf) w.WriteString("as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteOptional(w, "question", scenario.Question);
        WriteOptional(w, "description", scenario.Description);
        if (scenario.SalienceScale == SalienceScale.Fraction) w.WriteNumber("salience_scale", 1);

        if (scenario.SourceList is { } sources)
        {
            w.WriteStartArray("sources");
            foreach (var s in sources)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("citation", s.Citation);
                WriteOptional(w, "url", s.Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (scenario.DecisionRule is { } rule) WriteRule(w, rule);

        w.WriteStartArray("dimensions");
        foreach (var d in scenario.Dimensions)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("label", d.Label);
            WriteOptional(w, "description", d.Description);
            if (d.Scale != Scale.Default)
            {
                w.WriteStartObject("scale");
                w.WriteNumber("min", d.Scale.Min);
                w.WriteNumber("max", d.Scale.Max);
                w.WriteEndObject();
            }
            if (d.StatusQuo is { } sq) w.WriteNumber("status_quo", sq);
            if (d.Anchors is { } anchors)
            {
                w.WriteStartArray("anchors");
                foreach (var a in anchors)
                {
                    w.WriteStartObject();
                    w.WriteNumber("value", a.Value);
                    w.WriteString("label", a.Label);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (d.Rule is { } dimensionRule) WriteRule(w, dimensionRule);
            if (d.Observed is { } observed)
            {
                w.WriteStartObject("observed");
                w.WriteNumber("value", observed.Value);
                if (observed.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (observed.Agreement is { } agreement) w.WriteBoolean("agreement", agreement);
                if (observed.SourceIds is { } ids) WriteStrings(w, "sources", ids);
                WriteOptional(w, "note", observed.Note);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var a in scenario.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteNumber("capability", a.Capability);
            if (a.CapabilityRange is { } range) WriteRange(w, "capability_range", range);
            WriteOptional(w, "cameo", a.CameoCode);
            WriteOptional(w, "group", a.Group);
            if (a.SourceIds is { } ids) WriteStrings(w, "sources", ids);
            WriteOptional(w, "rationale", a.Rationale);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("stances");
        foreach (var s in scenario.Stances)
        {
            w.WriteStartObject();
            w.WriteString("actor", s.ActorId);
            w.WriteString("dimension", s.DimensionId);
            w.WriteNumber("position", s.Position);
            if (s.PositionRange is { } pr) WriteRange(w, "position_range", pr);
            w.WriteNumber("salience", s.Salience);
            if (s.SalienceRange is { } sr) WriteRange(w, "salience_range", sr);
            if (s.SourceIds is { } ids) WriteStrings(w, "sources", ids);
            WriteOptional(w, "rationale", s.Rationale);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (scenario.AccommodationList is { } accommodation)
        {
            w.WriteStartArray("accommodation");
            foreach (var a in accommodation)
            {
                w.WriteStartObject();
                w.WriteString("actor", a.ActorId);
                w.WriteString("toward", a.TowardId);
                w.WriteNumber("rate", a.Rate);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (scenario.Parameters is { } parameters)
        {
            w.WriteStartObject("parameters");
            foreach (var (model, values) in parameters.ByModel)
            {
                w.WriteStartObject(model);
                foreach (var (key, value) in values) w.WriteString(key, value);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, DecisionRule rule)
    {
        w.WriteStartObject("decision_rule");
        w.WriteString("rule", rule.KindName);
        if (rule.MemberIds is { } members) WriteStrings(w, "members", members);
        if (rule.PermanentMemberIds is { } permanent) WriteStrings(w, "permanent", permanent);
        if (rule.VetoPlayerIds is { } vetoes) WriteStrings(w, "veto_players", vetoes);
        WriteOptional(w, "agenda_setter", rule.AgendaSetterId);
        if (!rule.StatusQuoIsFallback) w.WriteBoolean("status_quo_fallback", false);
        if (rule.Threshold is { } share) w.WriteNumber("threshold", share);
        if (rule.Criteria is { } criteria)
        {
            if (criteria.Count == 1 && criteria[0].Name == VoteCriterion.DefaultName)
            {
                WriteWeights(w, criteria[0].Weights);
                w.WriteNumber("threshold", criteria[0].Threshold);
            }
            else
            {
                w.WriteStartArray("criteria");
                foreach (var c in criteria)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    WriteWeights(w, c.Weights);
                    w.WriteNumber("threshold", c.Threshold);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
        }
        if (rule.MinimumMembers is { } min) w.WriteNumber("min_members", min);
        if (rule.WinsWithMembers is { } wins) w.WriteNumber("wins_with_members", wins);
        if (rule.SourceIds is { } ids) WriteStrings(w, "sources", ids);
        WriteOptional(w, "rationale", rule.Rationale);
        w.WriteEndObject();
    }

    private static void WriteWeights(Utf8JsonWriter w, IEnumerable<ActorWeight> weights)
    {
        w.WriteStartObject("weights");
        foreach (var a in weights) w.WriteNumber(a.ActorId, a.Weight);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void WriteRange(Utf8JsonWriter w, string name, Interval range)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(range.Low);
        w.WriteNumberValue(range.High);
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
