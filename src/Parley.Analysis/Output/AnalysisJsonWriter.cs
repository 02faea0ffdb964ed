using System.Text.Json;
using Parley.Analysis.Leverage;
using Parley.Analysis.Uncertainty;
using Parley.Analysis.WhatIf;
using Parley.Core;
using Parley.Models;
using Parley.Models.Output;

namespace Parley.Analysis.Output;

/// <summary>
/// The JSON of simulate, leverage and compare: the forecast contract (<see cref="ForecastJsonWriter"/>)
/// plus each analysis's fields. One writer for the CLI and the web API, so that both speak the same
/// contract byte for byte. Fields are only ever added, never renamed.
/// </summary>
public static class AnalysisJsonWriter
{
    /// <summary>The forecast contract with a "distribution" on every entry and a top-level "simulation".</summary>
    public static string Simulation(Scenario scenario, IReadOnlyList<IBargainingModel> models, IReadOnlyList<Forecast> forecasts, MonteCarloResult result) =>
        ForecastJsonWriter.Write(scenario, forecasts,
            w => WriteRunInfo(w, result),
            (w, model, d) => WriteDistribution(w, result[IndexOf(models, model), d]));

    /// <summary>The forecast contract with "leverage" rows (largest first) and "pivotal" actors.</summary>
    public static string Leverage(Scenario scenario, Forecast forecast, IEnumerable<LeverageRow> rows, LeverageResult result) =>
        ForecastJsonWriter.Write(scenario, [forecast], w => WriteLeverage(w, rows, result));

    /// <summary>The forecast contract for the edited scenario, with "what_if", "baseline" and "comparison".</summary>
    public static string Comparison(Scenario baseline, Scenario edited, IReadOnlyList<ScenarioEdit> edits, IReadOnlyList<Forecast> before, IReadOnlyList<Forecast> after) =>
        ForecastJsonWriter.Write(edited, after, w =>
        {
            w.WriteStartArray("what_if");
            foreach (var e in edits) w.WriteStringValue(e.Describe());
            w.WriteEndArray();
            w.WriteStartArray("baseline");
            foreach (var f in before) ForecastJsonWriter.WriteForecast(w, baseline, f);
            w.WriteEndArray();
            w.WriteStartArray("comparison");
            foreach (var (model, dimension, b, a) in Pairs(baseline, before, after))
            {
                w.WriteStartObject();
                w.WriteString("model", model);
                w.WriteString("dimension", dimension);
                w.WriteNumber("baseline", b);
                w.WriteNumber("what_if", a);
                w.WriteNumber("change", a - b);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });

    /// <summary>(model, dimension, baseline outcome, what-if outcome) for every model and dimension of the baseline.</summary>
    public static IEnumerable<(string Model, string Dimension, double Baseline, double WhatIf)> Pairs(Scenario scenario, IReadOnlyList<Forecast> before, IReadOnlyList<Forecast> after)
    {
        for (int m = 0; m < before.Count; m++)
        {
            foreach (var dimension in scenario.Dimensions)
            {
                yield return (before[m].ModelId, dimension.Id, before[m][dimension.Id].Outcome, after[m][dimension.Id].Outcome);
            }
        }
    }

    public static void WriteRunInfo(Utf8JsonWriter w, MonteCarloResult result)
    {
        w.WriteStartObject("simulation");
        w.WriteNumber("runs", result.Options.Runs);
        w.WriteNumber("completed_runs", result.CompletedRuns);
        w.WriteNumber("seed", result.Options.Seed);
        w.WriteString("distribution", result.Options.Distribution.Id());
        w.WriteNumber("uncertain_inputs", result.UncertainInputCount);
        w.WriteEndObject();
    }

    public static void WriteDistribution(Utf8JsonWriter w, OutcomeDistribution d)
    {
        w.WriteStartObject("distribution");
        w.WriteNumber("runs", d.Runs);
        w.WriteNumber("mean", d.Mean);
        w.WriteNumber("p05", d.P05);
        w.WriteNumber("p25", d.P25);
        w.WriteNumber("p50", d.P50);
        w.WriteNumber("p75", d.P75);
        w.WriteNumber("p95", d.P95);
        w.WriteStartArray("histogram");
        foreach (var bin in d.Histogram)
        {
            w.WriteStartObject();
            w.WriteNumber("from", bin.From);
            w.WriteNumber("to", bin.To);
            w.WriteNumber("count", bin.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (!d.Thresholds.IsEmpty)
        {
            w.WriteStartArray("thresholds");
            foreach (var t in d.Thresholds)
            {
                w.WriteStartObject();
                w.WriteString("threshold", t.Threshold.ToString());
                w.WriteNumber("probability", t.Probability);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static void WriteLeverage(Utf8JsonWriter w, IEnumerable<LeverageRow> rows, LeverageResult result)
    {
        w.WriteStartArray("leverage");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("actor", r.Actor);
            w.WriteString("dimension", r.Dimension);
            w.WriteString("parameter", ParameterId(r.Parameter));
            w.WriteNumber("delta", r.Delta);
            w.WriteNumber("from", r.From);
            w.WriteNumber("to", r.To);
            w.WriteNumber("shift", r.Shift);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("pivotal");
        foreach (var p in result.Pivotal)
        {
            w.WriteStartObject();
            w.WriteString("dimension", p.Dimension);
            w.WriteString("actor", p.Actor);
            w.WriteNumber("position", p.Position);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string ParameterId(LeverageParameter p) => p.ToString().ToLowerInvariant();

    private static int IndexOf(IReadOnlyList<IBargainingModel> models, string id)
    {
        for (int m = 0; m < models.Count; m++)
        {
            if (models[m].Id == id) return m;
        }
        throw new ArgumentException($"No model '{id}' in the simulation.", nameof(id));
    }
}
