using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Analysis.Leverage;
using Parley.Core;

namespace Parley.Reports.Charts;

/// <summary>
/// A tornado chart of leverage on one dimension: for each actor and parameter (position, salience,
/// capability) a bar from the forecast to where the nudge down moves it and one to where the nudge
/// up moves it, the largest levers on top.
/// </summary>
public static class LeverageChart
{
    public static Chart Build(Scenario scenario, LeverageResult result, string dimensionId, int top = 10, int width = 900)
    {
        int k = scenario.DimensionIndex(dimensionId);
        if (k < 0) throw new ArgumentException($"No dimension '{dimensionId}'.", nameof(dimensionId));
        var dimension = scenario.Dimensions[k];
        double baseline = result.Baseline[k];
        var levers = Levers(result, dimensionId).Take(top).ToList();

        var plot = ChartStyle.NewPlot($"{dimension.Label}: who moves the forecast ({result.ModelId})");
        var down = new List<Bar>();
        var up = new List<Bar>();
        var labels = new NumericManual();
        double extent = 0;
        for (int i = 0; i < levers.Count; i++)
        {
            var lever = levers[i];
            double row = levers.Count - 1 - i; // largest on top
            foreach (var r in lever.Rows)
            {
                extent = Math.Max(extent, Math.Abs(r.Shift));
                var bar = new Bar { Position = row, ValueBase = baseline, Value = baseline + r.Shift, Size = 0.7, LineWidth = 0, Orientation = Orientation.Horizontal };
                bar.FillColor = r.Delta < 0 ? ChartStyle.Palette[0] : ChartStyle.Palette[1];
                (r.Delta < 0 ? down : up).Add(bar);
            }
            labels.AddMajor(row, Describe(lever));
        }
        if (down.Count > 0)
        {
            var bars = plot.Add.Bars(down);
            bars.Horizontal = true;
            bars.LegendText = "nudge down";
        }
        if (up.Count > 0)
        {
            var bars = plot.Add.Bars(up);
            bars.Horizontal = true;
            bars.LegendText = "nudge up";
        }
        var line = plot.Add.VerticalLine(baseline, 1.5f, ChartStyle.Ink);
        line.LegendText = "forecast " + ChartStyle.Number(baseline);
        plot.Axes.Left.TickGenerator = labels;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        extent = Math.Max(extent, dimension.Scale.Width * 0.01);
        plot.Axes.SetLimits(baseline - extent * 1.2, baseline + extent * 1.2, -0.7, Math.Max(levers.Count, 1) - 0.3);
        plot.XLabel("forecast after the nudge (position ±10 % of scale, salience ±20 points, capability ±20 %)", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        return new Chart(plot, width, 110 + 36 * Math.Max(levers.Count, 2), $"Leverage on {dimension.Label} ({result.ModelId})");
    }

    /// <summary>One actor's parameter with its up and down nudges.</summary>
    public sealed record Lever(string Actor, LeverageParameter Parameter, IReadOnlyList<LeverageRow> Rows)
    {
        public double Largest => Rows.Max(r => Math.Abs(r.Shift));
    }

    /// <summary>The levers on a dimension, largest first (ties in the order of the leverage table).</summary>
    public static IEnumerable<Lever> Levers(LeverageResult result, string dimensionId) =>
        result.For(dimensionId)
            .GroupBy(r => (r.Actor, r.Parameter))
            .Select(g => new Lever(g.Key.Actor, g.Key.Parameter, g.OrderBy(r => r.Delta).ToList()))
            .OrderByDescending(l => l.Largest);

    public static string Describe(Lever lever)
    {
        string parameter = lever.Parameter.ToString().ToLowerInvariant();
        var rows = lever.Rows;
        if (lever.Parameter == LeverageParameter.Capability)
        {
            return $"{lever.Actor} capability ±20 %";
        }
        string to = string.Join(" | ", rows.Select(r => ChartStyle.Number(r.To)));
        return $"{lever.Actor} {parameter} {ChartStyle.Number(rows[0].From)} → {to}";
    }
}
