using ScottPlot;

namespace Parley.Analysis.Backtest.Report;

/// <summary>The two pictures of docs/accuracy.md, drawn with ScottPlot (PNG and SVG).</summary>
public static class AccuracyPlots
{
    public const int Width = 800, Height = 500;

    /// <summary>Share of issues forecast within x points, one curve per score row (an empirical CDF of absolute errors).</summary>
    public static Plot ErrorDistribution(BacktestResult result, IReadOnlyList<ScoreRow> rows)
    {
        var plot = new Plot();
        double[] outcomes = [.. result.Issues.Select(i => i.Outcome!.Value)];
        foreach (var row in rows)
        {
            var errors = row.Forecasts.Select((f, i) => double.IsFinite(f) ? Math.Abs(f - outcomes[i]) : double.NaN)
                .Where(double.IsFinite).Order().ToArray();
            if (errors.Length == 0) continue;
            var xs = new List<double> { 0 };
            var ys = new List<double> { 0 };
            for (int k = 0; k < errors.Length; k++)
            {
                xs.Add(errors[k]);
                ys.Add((double)k / errors.Length);
                xs.Add(errors[k]);
                ys.Add((double)(k + 1) / errors.Length);
            }
            xs.Add(100);
            ys.Add(1);
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = $"{row.Model} / {row.Capability} / {row.Evaluation} (MAE {row.Scores.Mae:0.00})";
            line.LineWidth = 2;
        }
        plot.Title($"DEU III: absolute errors on {result.Issues.Length} issues");
        plot.XLabel("absolute error (points on the 0–100 scale)");
        plot.YLabel("share of issues with at most this error");
        plot.Axes.SetLimits(0, 100, 0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>Nominal level against observed coverage of the interval forecasters; the diagonal is perfect calibration.</summary>
    public static Plot Calibration(BacktestResult result)
    {
        var plot = new Plot();
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineWidth = 1;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        foreach (var group in result.Calibration.GroupBy(c => (c.Forecaster, c.Evaluation)))
        {
            var points = group.OrderBy(c => c.Level).Where(c => double.IsFinite(c.Share)).ToArray();
            if (points.Length == 0) continue;
            var line = plot.Add.Scatter(points.Select(c => c.Level).ToArray(), points.Select(c => c.Share).ToArray());
            line.LegendText = $"{group.Key.Forecaster} ({group.Key.Evaluation})";
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }
        plot.Title("Calibration of interval forecasts on DEU III");
        plot.XLabel("nominal level of the central interval");
        plot.YLabel("share of real outcomes inside");
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>The plot as PNG bytes and SVG text, for the caller to write atomically.</summary>
    public static (byte[] Png, string Svg) Render(Plot plot) =>
        (plot.GetImageBytes(Width, Height, ImageFormat.Png), plot.GetSvgXml(Width, Height));
}
