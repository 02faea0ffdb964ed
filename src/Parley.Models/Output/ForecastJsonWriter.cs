using System.Text;
using System.Text.Json;
using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Models.Output;

/// <summary>
/// Writes forecasts in Parley's JSON contract, shared by the CLI and the web API:
/// <c>{"scenario": {"title", "actors", "dimensions", …}, "forecasts": [{"model", "dimension", "outcome", …}]}</c>,
/// with <c>"rounds": [{"round", "median", "mean", "positions": {actor: x}}]</c> for dynamic models
/// (plus, where the model reports them, per-actor values such as <c>"risk_exponent": {actor: r}</c>
/// and <c>"moves": [{"actor", "kind", "counterpart", "from", "to"}]</c>).
/// Fields are only ever added, never renamed.
/// </summary>
public static class ForecastJsonWriter
{
    /// <summary>Adds fields to one forecast entry (model id, dimension index) — e.g. a Monte Carlo distribution.</summary>
    public delegate void EntryExtension(Utf8JsonWriter writer, string modelId, int dimension);

    /// <param name="extra">Adds top-level fields after "forecasts" (e.g. "leverage").</param>
    /// <param name="entryExtra">Adds fields inside each forecast entry.</param>
    public static string Write(Scenario scenario, IEnumerable<Forecast> forecasts, Action<Utf8JsonWriter>? extra = null, EntryExtension? entryExtra = null)
    {
        var all = forecasts as IReadOnlyList<Forecast> ?? forecasts.ToList();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            WriteScenarioSummary(w, scenario);
            w.WriteStartArray("forecasts");
            foreach (var forecast in all) WriteForecast(w, scenario, forecast, entryExtra);
            w.WriteEndArray();
            // The trades of exchange models, each tagged with its model.
            if (all.Any(f => f.ModelId == Exchange.ExchangeModel.ModelId || !f.Exchanges.IsDefaultOrEmpty))
            {
                w.WriteStartArray("exchanges");
                foreach (var f in all) foreach (var trade in f.Exchanges) Exchange.TradeJsonWriter.WriteTrade(w, f.ModelId, trade);
                w.WriteEndArray();
            }
            extra?.Invoke(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void WriteScenarioSummary(Utf8JsonWriter w, Scenario scenario)
    {
        w.WriteStartObject("scenario");
        w.WriteString("title", scenario.Title);
        if (scenario.AsOf is { } asOf) w.WriteString("as_of", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (scenario.Question is { } question) w.WriteString("question", question);
        w.WriteNumber("actors", scenario.Actors.Count);
        w.WriteNumber("dimensions", scenario.Dimensions.Count);
        w.WriteEndObject();
    }

    /// <summary>One entry per dimension of <paramref name="forecast"/>.</summary>
    public static void WriteForecast(Utf8JsonWriter w, Scenario scenario, Forecast forecast, EntryExtension? entryExtra = null)
    {
        foreach (var d in forecast.Dimensions)
        {
            int index = scenario.DimensionIndex(d.DimensionId);
            var dimension = scenario.Dimensions[index];
            w.WriteStartObject();
            w.WriteString("model", forecast.ModelId);
            w.WriteString("model_name", forecast.ModelName);
            w.WriteString("dimension", d.DimensionId);
            w.WriteNumber("outcome", d.Outcome);
            if (dimension.NearestAnchor(d.Outcome) is { } anchor)
            {
                w.WriteStartObject("nearest_anchor");
                w.WriteNumber("value", anchor.Value);
                w.WriteString("label", anchor.Label);
                w.WriteEndObject();
            }
            if (d.StopReason is { } reason) w.WriteString("stop_reason", reason);
            if (d.Spread is { } spread)
            {
                w.WriteStartObject("spread");
                w.WriteNumber("min", spread.Min);
                w.WriteNumber("max", spread.Max);
                w.WriteNumber("sd", spread.StandardDeviation);
                w.WriteStartArray("members");
                foreach (var m in spread.Members)
                {
                    w.WriteStartObject();
                    w.WriteString("model", m.ModelId);
                    w.WriteNumber("outcome", m.Outcome);
                    w.WriteNumber("weight", m.Weight);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            if (!d.NoteList.IsEmpty)
            {
                w.WriteStartArray("notes");
                foreach (var note in d.NoteList) w.WriteStringValue(note);
                w.WriteEndArray();
            }
            if (!d.Rounds.IsDefaultOrEmpty)
            {
                w.WriteStartArray("rounds");
                foreach (var round in d.Rounds)
                {
                    w.WriteStartObject();
                    w.WriteNumber("round", round.Number);
                    w.WriteNumber("median", round.Median);
                    w.WriteNumber("mean", round.Mean);
                    w.WriteStartObject("positions");
                    for (int i = 0; i < round.Positions.Length; i++) w.WriteNumber(scenario.Actors[i].Id, round.Positions[i]);
                    w.WriteEndObject();
                    foreach (var (name, values) in round.ActorValues)
                    {
                        w.WriteStartObject(name);
                        for (int i = 0; i < values.Length; i++)
                        {
                            // NaN: the value does not apply to this actor (e.g. one that does not bargain).
                            if (double.IsFinite(values[i])) w.WriteNumber(scenario.Actors[i].Id, values[i]);
                            else w.WriteNull(scenario.Actors[i].Id);
                        }
                        w.WriteEndObject();
                    }
                    if (!round.Moves.IsDefaultOrEmpty)
                    {
                        w.WriteStartArray("moves");
                        foreach (var move in round.Moves)
                        {
                            w.WriteStartObject();
                            w.WriteString("actor", scenario.Actors[move.Actor].Id);
                            w.WriteString("kind", move.Kind);
                            if (move.Counterpart is { } counterpart) w.WriteString("counterpart", scenario.Actors[counterpart].Id);
                            w.WriteNumber("from", move.From);
                            w.WriteNumber("to", move.To);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            entryExtra?.Invoke(w, forecast.ModelId, index);
            w.WriteEndObject();
        }
    }
}
