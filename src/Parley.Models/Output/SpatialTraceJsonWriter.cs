using System.Text;
using System.Text.Json;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Spatial;

namespace Parley.Models.Output;

/// <summary>
/// Writes a full run of the Spatial Model of Politics as JSON, for answering "why did this actor
/// move?": every state's positions (on each dimension's scale), risk attitudes and winning
/// probabilities, and every round's challenges, proposed bargains and adopted bargains.
/// <c>{"scenario", "model", "preset", "parameters", "stop_reason", "rounds_played", "turns": [{"turn",
/// "positions", "win_probability", "risk_attitude", "challenges", "bargains", "adopted"}]}</c>.
/// Fields are only ever added, never renamed.
/// </summary>
public static class SpatialTraceJsonWriter
{
    public static string Write(CompiledScenario compiled, SpatialRun run)
    {
        var scenario = compiled.Source;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            ForecastJsonWriter.WriteScenarioSummary(w, scenario);
            w.WriteString("model", SpatialModel.ModelId);
            w.WriteString("preset", run.Options.Preset.ToString().ToLowerInvariant());
            w.WriteStartObject("parameters");
            foreach (var (name, value) in run.Options.KtabParameters()) w.WriteString(name, value);
            w.WriteString("seed", run.Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("rounds", run.Options.MaxRounds);
            w.WriteString("salience", run.SalienceConvention.ToString().ToLowerInvariant());
            w.WriteEndObject();
            w.WriteString("stop_reason", SpatialModel.StopText(run));
            w.WriteNumber("rounds_played", run.Rounds.Length);
            w.WriteStartArray("turns");
            for (int t = 0; t < run.States.Length; t++)
            {
                var state = run.States[t];
                w.WriteStartObject();
                w.WriteNumber("turn", t);
                w.WriteStartObject("positions");
                for (int i = 0; i < run.ActorCount; i++) WritePoint(w, scenario.Actors[i].Id, compiled, state.Positions.AsSpan(i * run.DimensionCount, run.DimensionCount));
                w.WriteEndObject();
                WriteByActor(w, "win_probability", scenario, state.WinProbabilities.AsSpan());
                WriteByActor(w, "risk_attitude", scenario, state.RiskAttitudes.AsSpan());
                if (t > 0) WriteRound(w, compiled, run.Rounds[t - 1]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRound(Utf8JsonWriter w, CompiledScenario compiled, SpatialRound round)
    {
        var actors = compiled.Source.Actors;
        w.WriteStartArray("challenges");
        foreach (var c in round.Challenges)
        {
            if (c.Target < 0) continue;
            w.WriteStartObject();
            w.WriteString("actor", actors[c.Actor].Id);
            w.WriteString("target", actors[c.Target].Id);
            w.WriteNumber("win_probability", c.WinProbability);
            w.WriteNumber("expected_gain", c.ExpectedGain);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("bargains");
        for (int b = 0; b < round.Bargains.Length; b++)
        {
            var bargain = round.Bargains[b];
            w.WriteStartObject();
            w.WriteNumber("id", b);
            w.WriteString("initiator", actors[bargain.Initiator].Id);
            w.WriteString("receiver", actors[bargain.Receiver].Id);
            WritePoint(w, "initiator_position", compiled, bargain.InitiatorPoint.AsSpan());
            WritePoint(w, "receiver_position", compiled, bargain.ReceiverPoint.AsSpan());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("adopted");
        foreach (var choice in round.Choices)
        {
            w.WriteStartObject();
            w.WriteString("actor", actors[choice.Actor].Id);
            if (choice.Bargain < 0)
            {
                w.WriteString("bargain", "status_quo");
            }
            else
            {
                w.WriteNumber("bargain", choice.Bargain);
                w.WriteString("initiator", actors[round.Bargains[choice.Bargain].Initiator].Id);
                w.WriteString("receiver", actors[round.Bargains[choice.Bargain].Receiver].Id);
            }
            w.WriteNumber("probability", choice.Probability);
            w.WriteNumber("options", choice.Options);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePoint(Utf8JsonWriter w, string name, CompiledScenario compiled, ReadOnlySpan<double> point)
    {
        w.WriteStartObject(name);
        for (int k = 0; k < point.Length; k++)
        {
            double min = compiled.ScaleMin[k], width = compiled.ScaleMax[k] - min;
            w.WriteNumber(compiled.Source.Dimensions[k].Id, min + width * point[k]);
        }
        w.WriteEndObject();
    }

    private static void WriteByActor(Utf8JsonWriter w, string name, Scenario scenario, ReadOnlySpan<double> values)
    {
        w.WriteStartObject(name);
        for (int i = 0; i < values.Length; i++) w.WriteNumber(scenario.Actors[i].Id, values[i]);
        w.WriteEndObject();
    }
}
