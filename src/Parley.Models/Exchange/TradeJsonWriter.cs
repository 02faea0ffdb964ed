using System.Text.Json;

namespace Parley.Models.Exchange;

/// <summary>
/// The <c>"exchanges"</c> array of Parley's JSON contract: every executed trade in order with both
/// sides (actor, the dimension it gives ground on and the one it gains on, from → to), the equal
/// gain and the externalities on the other actors.
/// </summary>
public static class TradeJsonWriter
{
    public static void WriteExchanges(Utf8JsonWriter w, string modelId, IEnumerable<Trade> trades, string name = "exchanges")
    {
        w.WriteStartArray(name);
        foreach (var t in trades) WriteTrade(w, modelId, t);
        w.WriteEndArray();
    }

    public static void WriteTrade(Utf8JsonWriter w, string modelId, Trade t)
    {
        w.WriteStartObject();
        w.WriteString("model", modelId);
        w.WriteNumber("round", t.Round);
        w.WriteNumber("sequence", t.Sequence);
        w.WriteNumber("gain", t.Gain);
        w.WriteString("summary", TradeLedger.Describe(t));
        w.WriteStartArray("sides");
        foreach (var s in new[] { t.First, t.Second })
        {
            w.WriteStartObject();
            w.WriteString("actor", s.Actor);
            w.WriteString("gives", s.Gives);
            w.WriteString("gets", s.Gets);
            w.WriteNumber("from", s.From);
            w.WriteNumber("to", s.To);
            w.WriteBoolean("cut_at_partner", s.Cut);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("externalities");
        w.WriteNumber("inner_positive", t.Externalities.InnerPositive);
        w.WriteNumber("inner_negative", t.Externalities.InnerNegative);
        w.WriteNumber("outer_positive", t.Externalities.OuterPositive);
        w.WriteNumber("outer_negative", t.Externalities.OuterNegative);
        w.WriteNumber("own", t.Externalities.Own);
        w.WriteStartObject("by_actor");
        foreach (var e in t.Effects) w.WriteNumber(e.Actor, e.Value);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
