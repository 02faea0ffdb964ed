using System.Text.Json;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;
using Parley.Models.Output;

namespace Parley.Analysis.Output;

/// <summary>
/// The JSON of a sensitivity analysis: the forecast contract with a "sensitivity" object on every
/// analysed entry (the output's mean and variance, the sum of first-order indices, and every input
/// ranked by total index, each index as {"value", "low", "high"}) and a top-level "sensitivity" with
/// the design. Undefined indices (an outcome that never varies) are null. Fields are only ever added.
/// </summary>
public static class SensitivityJsonWriter
{
    /// <param name="dimensionId">Only this dimension's entries carry indices (null: every dimension).</param>
    public static string Write(Scenario scenario, IReadOnlyList<Forecast> forecasts, SensitivityResult result, string? dimensionId = null) =>
        ForecastJsonWriter.Write(scenario, forecasts,
            w => WriteDesign(w, result),
            (w, modelId, d) =>
            {
                if (dimensionId is not null && scenario.Dimensions[d].Id != dimensionId) return;
                int m = IndexOf(result, modelId);
                if (m >= 0) WriteOutput(w, result, result[m, d]);
            });

    public static void WriteDesign(Utf8JsonWriter w, SensitivityResult result)
    {
        w.WriteStartObject("sensitivity");
        w.WriteString("method", "sobol");
        w.WriteString("sampling", result.Sampling.Id());
        w.WriteNumber("samples", result.Options.Samples);
        w.WriteNumber("seed", result.Options.Seed);
        w.WriteString("distribution", result.Options.Distribution.Id());
        w.WriteNumber("uncertain_inputs", result.Inputs.Length);
        w.WriteNumber("model_runs", result.ModelRuns);
        w.WriteNumber("resamples", result.Options.Resamples);
        w.WriteNumber("confidence", result.Options.Confidence);
        w.WriteString("first_order_estimator", "saltelli-2010");
        w.WriteString("total_estimator", "jansen");
        w.WriteEndObject();
    }

    public static void WriteOutput(Utf8JsonWriter w, SensitivityResult result, SobolOutput output)
    {
        w.WriteStartObject("sensitivity");
        w.WriteNumber("mean", output.Mean);
        w.WriteNumber("variance", output.Variance);
        Estimate(w, "first_order_sum", output.FirstOrderSum);
        w.WriteStartArray("inputs");
        foreach (int i in output.Ranked())
        {
            var input = result.Inputs[i];
            w.WriteStartObject();
            w.WriteString("input", input.Label);
            w.WriteString("actor", input.ActorId);
            if (input.DimensionId is { } dimension) w.WriteString("dimension", dimension);
            w.WriteString("parameter", input.Parameter);
            w.WriteNumber("low", input.Low);
            w.WriteNumber("value", input.Value);
            w.WriteNumber("high", input.High);
            Estimate(w, "first_order", output.FirstOrder[i]);
            Estimate(w, "total", output.TotalEffect[i]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter w, string name, IndexEstimate estimate)
    {
        w.WriteStartObject(name);
        Number(w, "value", estimate.Value);
        Number(w, "low", estimate.Low);
        Number(w, "high", estimate.High);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static int IndexOf(SensitivityResult result, string modelId)
    {
        for (int m = 0; m < result.Models.Length; m++)
        {
            if (result.Models[m].Id == modelId) return m;
        }
        return -1;
    }
}
