using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Reports.Events;

namespace Parley.Reports.Charts;

/// <summary>
/// Cooperation over time for chosen dyads: one line per dyad across periods, with the neutral
/// line at zero (on the Goldstein scale, above is cooperation and below is conflict).
/// </summary>
public static class CooperationChart
{
    public static Chart Build(IReadOnlyList<CooperationSeries> series, string title, string valueLabel = "mean Goldstein score (−10 conflict … +10 cooperation)", int width = 900, int height = 420)
    {
        var periods = series.SelectMany(s => s.Points.Select(p => p.Period)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var plot = ChartStyle.NewPlot(title);
        double low = 0, high = 0;
        for (int s = 0; s < series.Count; s++)
        {
            var points = series[s].Points;
            if (points.IsDefaultOrEmpty) continue;
            double[] xs = points.Select(p => (double)index[p.Period]).ToArray();
            double[] ys = points.Select(p => p.Value).ToArray();
            low = Math.Min(low, ys.Min());
            high = Math.Max(high, ys.Max());
            var line = plot.Add.ScatterLine(xs, ys, ChartStyle.SeriesColor(s));
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = series[s].Label;
        }
        plot.Add.HorizontalLine(0, 1, ChartStyle.Muted, LinePattern.Dashed);
        var ticks = new NumericManual();
        int step = Math.Max(1, (int)Math.Ceiling(periods.Count / 10.0));
        for (int i = 0; i < periods.Count; i += step) ticks.AddMajor(i, periods[i]);
        plot.Axes.Bottom.TickGenerator = ticks;
        double pad = Math.Max((high - low) * 0.1, 0.5);
        plot.Axes.SetLimits(-0.5, Math.Max(periods.Count, 1) - 0.5, low - pad, high + pad);
        plot.YLabel(valueLabel, 12);
        plot.XLabel("period", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        return new Chart(plot, width, height, title);
    }
}
