using System.Globalization;
using ScottPlot;
using Parley.Analysis.Uncertainty;
using Parley.Core;

namespace Parley.Reports.Charts;

/// <summary>
/// A Monte Carlo outcome distribution on one dimension: a histogram of the runs (binned over
/// where the runs actually fell, so a tight distribution is not one bar), the 5–95 % band shaded,
/// the median and the point forecast marked, and each threshold with its probability.
/// </summary>
public static class DistributionChart
{
    public const int Bins = 30;

    public static Chart Build(Dimension dimension, string modelLabel, IReadOnlyList<double> outcomes, OutcomeDistribution summary, double pointForecast, int width = 900, int height = 420)
    {
        var plot = ChartStyle.NewPlot($"{dimension.Label}: {modelLabel}, {summary.Runs.ToString("N0", CultureInfo.InvariantCulture)} runs");
        double low = outcomes.Count == 0 ? pointForecast : outcomes.Min(), high = outcomes.Count == 0 ? pointForecast : outcomes.Max();
        foreach (var t in summary.Thresholds)
        {
            low = Math.Min(low, t.Threshold.Value);
            high = Math.Max(high, t.Threshold.Value);
        }
        low = Math.Min(low, pointForecast);
        high = Math.Max(high, pointForecast);
        double span = high - low;
        double minimumSpan = dimension.Scale.Width * 0.1;
        if (span < minimumSpan)
        {
            double centre = (low + high) / 2;
            low = centre - minimumSpan / 2;
            high = centre + minimumSpan / 2;
            span = minimumSpan;
        }
        double left = Math.Max(dimension.Scale.Min, low - span * 0.08), right = Math.Min(dimension.Scale.Max, high + span * 0.08);

        var band = plot.Add.HorizontalSpan(summary.P05, summary.P95, ChartStyle.Band);
        band.LegendText = $"5–95 %: {ChartStyle.Number(summary.P05)}–{ChartStyle.Number(summary.P95)}";
        band.LineWidth = 0;

        double binWidth = (right - left) / Bins;
        var counts = new int[Bins];
        foreach (double x in outcomes) counts[Math.Clamp((int)Math.Floor((x - left) / binWidth), 0, Bins - 1)]++;
        var bars = new List<Bar>();
        double top = 0;
        for (int b = 0; b < Bins; b++)
        {
            double share = outcomes.Count == 0 ? 0 : 100.0 * counts[b] / outcomes.Count;
            top = Math.Max(top, share);
            bars.Add(new Bar { Position = left + (b + 0.5) * binWidth, Value = share, Size = binWidth * 0.92, FillColor = ChartStyle.Palette[0].WithAlpha(0.75), LineWidth = 0 });
        }
        var histogram = plot.Add.Bars(bars);
        histogram.LegendText = "share of runs";

        var median = plot.Add.VerticalLine(summary.P50, 2, ChartStyle.Ink);
        median.LegendText = "median " + ChartStyle.Number(summary.P50);
        var point = plot.Add.VerticalLine(pointForecast, 2, ChartStyle.Palette[4], LinePattern.Dashed);
        point.LegendText = "point forecast " + ChartStyle.Number(pointForecast);
        foreach (var t in summary.Thresholds)
        {
            var line = plot.Add.VerticalLine(t.Threshold.Value, 2, ChartStyle.Palette[3], LinePattern.Dotted);
            line.LegendText = $"P({t.Threshold.Operator} {ChartStyle.Number(t.Threshold.Value)}) = {(t.Probability * 100).ToString("0.#", CultureInfo.InvariantCulture)} %";
        }
        if (dimension.StatusQuo is { } sq && sq >= left && sq <= right)
        {
            var line = plot.Add.VerticalLine(sq, 1.5f, ChartStyle.StatusQuo, LinePattern.DenselyDashed);
            line.LegendText = "status quo " + ChartStyle.Number(sq);
        }
        plot.Axes.SetLimits(left, right, 0, Math.Max(top * 1.12, 1));
        plot.XLabel("outcome on the scale", 12);
        plot.YLabel("share of runs (%)", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        return new Chart(plot, width, height, $"Outcome distribution on {dimension.Label} ({modelLabel})");
    }

    /// <summary>One model's outcomes on one dimension, in run order, from a finished simulation's raw results.</summary>
    public static double[] Column(MonteCarloResult result, int model, int dimension)
    {
        int k = result.Distributions[model].Length;
        var all = result.Outcomes[model];
        int runs = all.Length / k;
        var column = new double[runs];
        for (int r = 0; r < runs; r++) column[r] = all[r * k + dimension];
        if (!result.Complete) throw new InvalidOperationException("The simulation was stopped before every run finished.");
        return column;
    }
}
