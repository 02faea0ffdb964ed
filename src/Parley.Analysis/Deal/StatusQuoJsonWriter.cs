using System.Text.Json;
using Parley.Core;

namespace Parley.Analysis.Deal;

/// <summary>
/// Writes P(status quo) and the win-sets into forecast JSON: <c>"p_status_quo"</c> (0–1, or null
/// where undefined) in each forecast entry, and a top-level <c>"status_quo"</c> block with the rule,
/// win-set, core and how the probability was estimated.
/// </summary>
public static class StatusQuoJsonWriter
{
    /// <summary>The field inside one forecast entry (model, dimension).</summary>
    public static void WriteEntry(Utf8JsonWriter w, StatusQuoOutlook outlook, string modelId, int dimension)
    {
        if (outlook.ForModel(modelId, dimension) is { } p) w.WriteNumber("p_status_quo", p);
        else w.WriteNull("p_status_quo");
    }

    /// <summary>The top-level block: one entry per dimension.</summary>
    public static void WriteBlock(Utf8JsonWriter w, Scenario scenario, StatusQuoOutlook outlook)
    {
        w.WriteStartObject("status_quo");
        w.WriteString("method", "share of draws of the uncertain inputs in which no winning coalition under the dimension's decision rule prefers any point to the status quo (procedural: share in which the procedural model ends at the status quo)");
        w.WriteNumber("runs", outlook.Runs);
        w.WriteNumber("seed", outlook.Seed);
        w.WriteString("distribution", outlook.Distribution.ToString().ToLowerInvariant());
        w.WriteStartArray("dimensions");
        foreach (var d in outlook.Dimensions)
        {
            var ws = d.WinSet;
            w.WriteStartObject();
            w.WriteString("dimension", d.DimensionId);
            w.WriteString("rule", scenario.RuleFor(scenario.DimensionIndex(d.DimensionId)).KindName);
            w.WriteString("rule_description", ws.Rule);
            if (ws.HasStatusQuo) w.WriteNumber("status_quo", ws.StatusQuo);
            else w.WriteNull("status_quo");
            w.WriteBoolean("status_quo_fallback", ws.StatusQuoIsFallback);
            Interval(w, "win_set", ws.Range);
            w.WriteBoolean("win_set_empty", ws.IsEmpty);
            Interval(w, "core", ws.Core);
            Strings(w, "veto_players", ws.VetoPlayers);
            Strings(w, "block_increase", ws.BlockIncrease);
            Strings(w, "block_decrease", ws.BlockDecrease);
            w.WriteString("description", ws.Describe());
            Nullable(w, "p_status_quo", d.StatusQuoProbability);
            Nullable(w, "p_status_quo_procedural", d.ProceduralStatusQuoProbability);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (outlook.Package is { } package)
        {
            w.WriteStartObject("package");
            w.WriteString("method", "win-set of all dimensions jointly under salience-weighted quadratic utilities (unanimity of the same members on every dimension), at the stated numbers");
            w.WriteBoolean("win_set_empty", package.IsEmpty);
            Strings(w, "veto_players", package.VetoPlayers);
            w.WriteStartObject("direction");
            for (int k = 0; k < package.Direction.Length; k++) w.WriteNumber(scenario.Dimensions[k].Id, package.Direction[k]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("package");
        }
        w.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter w, string name, Core.Interval? interval)
    {
        if (interval is not { } i)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartArray(name);
        w.WriteNumberValue(i.Low);
        w.WriteNumberValue(i.High);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
