using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Analysis.Sensitivity;
using Parley.Core;

namespace Parley.Reports.Charts;

/// <summary>
/// Which uncertainty matters on one dimension: for the inputs with the largest total Sobol' index,
/// a bar for the total index (alone and in interactions) and one for the first-order index (alone),
/// each with a whisker over its bootstrap interval; the largest on top.
/// </summary>
public static class SensitivityChart
{
    /// <exception cref="ArgumentException">The output never varies (no index is defined).</exception>
    public static Chart Build(Scenario scenario, SensitivityResult result, int model, string dimensionId, int top = 12, int width = 900)
    {
        int k = scenario.DimensionIndex(dimensionId);
        if (k < 0) throw new ArgumentException($"No dimension '{dimensionId}'.", nameof(dimensionId));
        var dimension = scenario.Dimensions[k];
        var output = result[model, k];
        string modelId = result.Models[model].Id;
        if (!output.HasVariance) throw new ArgumentException($"The {modelId} forecast on {dimensionId} is the same in every run: there is no variance to apportion.", nameof(dimensionId));
        var ranked = output.Ranked().Take(top).ToList();

        var plot = ChartStyle.NewPlot($"{dimension.Label}: which uncertainty matters ({modelId})");
        var total = new List<Bar>();
        var first = new List<Bar>();
        var labels = new NumericManual();
        double low = 0, high = 0;
        for (int r = 0; r < ranked.Count; r++)
        {
            int i = ranked[r];
            double row = ranked.Count - 1 - r; // largest on top
            var (st, s1) = (output.TotalEffect[i], output.FirstOrder[i]);
            total.Add(new Bar { Position = row + 0.19, Value = st.Value, Size = 0.36, LineWidth = 0, FillColor = ChartStyle.Palette[0], Orientation = Orientation.Horizontal });
            first.Add(new Bar { Position = row - 0.19, Value = s1.Value, Size = 0.36, LineWidth = 0, FillColor = ChartStyle.Palette[1].WithAlpha(0.8), Orientation = Orientation.Horizontal });
            low = Math.Min(low, Math.Min(st.Low, s1.Low));
            high = Math.Max(high, Math.Max(st.High, s1.High));
            var input = result.Inputs[i];
            labels.AddMajor(row, $"{input.Label} ({ChartStyle.Number(input.Low)}–{ChartStyle.Number(input.High)})");
        }
        var totalBars = plot.Add.Bars(total);
        totalBars.Horizontal = true;
        totalBars.LegendText = "total index ST (alone and with others)";
        var firstBars = plot.Add.Bars(first);
        firstBars.Horizontal = true;
        firstBars.LegendText = "first-order index S1 (alone)";
        // Whiskers over the bootstrap intervals, drawn after the bars so they stay visible.
        for (int r = 0; r < ranked.Count; r++)
        {
            int i = ranked[r];
            double row = ranked.Count - 1 - r;
            Whisker(plot, output.TotalEffect[i], row + 0.19);
            Whisker(plot, output.FirstOrder[i], row - 0.19);
        }
        plot.Axes.Left.TickGenerator = labels;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        double span = Math.Max(high - low, 0.01);
        plot.Axes.SetLimits(Math.Min(0, low) - span * 0.02, high + span * 0.05, -0.7, Math.Max(ranked.Count, 1) - 0.3);
        var sum = output.FirstOrderSum;
        string confidence = (result.Options.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture);
        plot.XLabel($"share of the forecast's variance; whiskers: {confidence} % bootstrap intervals; Σ S1 = {F(sum.Value)} ({F(sum.Low)}–{F(sum.High)})", 12);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 12;
        string samples = result.Options.Samples.ToString("N0", CultureInfo.InvariantCulture);
        return new Chart(plot, width, 150 + 40 * Math.Max(ranked.Count, 2), $"Sobol' indices on {dimension.Label} ({modelId}, {samples} samples)");
    }

    private static void Whisker(Plot plot, IndexEstimate estimate, double y)
    {
        if (!double.IsFinite(estimate.Low) || !double.IsFinite(estimate.High)) return;
        var line = plot.Add.ScatterLine(new[] { estimate.Low, estimate.High }, new[] { y, y }, ChartStyle.Ink);
        line.LineWidth = 1.5f;
        foreach (double x in new[] { estimate.Low, estimate.High })
        {
            var cap = plot.Add.ScatterLine(new[] { x, x }, new[] { y - 0.09, y + 0.09 }, ChartStyle.Ink);
            cap.LineWidth = 1.5f;
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
