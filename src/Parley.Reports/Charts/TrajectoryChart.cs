using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Core;
using Parley.Models;

namespace Parley.Reports.Charts;

/// <summary>
/// How a dynamic model's bargaining unfolds on one dimension: every actor's position round by
/// round (from <see cref="DimensionForecast.Rounds"/>), the weighted median of each round as the
/// forecast line, and the final outcome.
/// </summary>
public static class TrajectoryChart
{
    public static bool CanDraw(Forecast forecast, string dimensionId) =>
        forecast.Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId) is { Rounds.IsDefaultOrEmpty: false };

    public static Chart Build(Scenario scenario, Forecast forecast, string dimensionId, int width = 900, int height = 480)
    {
        var dimension = scenario.Dimensions[scenario.DimensionIndex(dimensionId) is var k and >= 0 ? k : throw new ArgumentException($"No dimension '{dimensionId}'.", nameof(dimensionId))];
        var d = forecast.Dimensions.FirstOrDefault(x => x.DimensionId == dimensionId);
        if (d is null || d.Rounds.IsDefaultOrEmpty) throw new ArgumentException($"Model '{forecast.ModelId}' reports no rounds for '{dimensionId}'.", nameof(forecast));

        var plot = ChartStyle.NewPlot($"{dimension.Label}: {forecast.ModelName}, round by round");
        double[] rounds = d.Rounds.Select(r => (double)r.Number).ToArray();
        int actors = d.Rounds.Min(r => r.Positions.Length);
        for (int i = 0; i < actors; i++)
        {
            double[] positions = d.Rounds.Select(r => r.Positions[i]).ToArray();
            var line = plot.Add.ScatterLine(rounds, positions, ChartStyle.SeriesColor(i).WithAlpha(0.8));
            line.LineWidth = 1.5f;
            line.MarkerSize = 4;
            line.LegendText = i < scenario.Actors.Count ? scenario.Actors[i].Id : "actor " + (i + 1);
        }
        var median = plot.Add.ScatterLine(rounds, d.Rounds.Select(r => r.Median).ToArray(), ChartStyle.Ink);
        median.LineWidth = 3.5f;
        median.MarkerSize = 0;
        median.LegendText = "weighted median";
        var outcome = plot.Add.HorizontalLine(d.Outcome, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        outcome.LegendText = "forecast " + ChartStyle.Number(d.Outcome);

        var ticks = new NumericManual();
        int step = Math.Max(1, (int)Math.Ceiling(rounds.Length / 12.0));
        for (int r = 0; r < rounds.Length; r += step) ticks.AddMajor(rounds[r], d.Rounds[r].Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = ticks;
        double pad = dimension.Scale.Width * 0.03;
        plot.Axes.SetLimits(rounds[0] - 0.3, rounds[^1] + 0.3, dimension.Scale.Min - pad, dimension.Scale.Max + pad);
        plot.XLabel("round", 12);
        plot.YLabel("position", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        return new Chart(plot, width, height, $"Trajectory on {dimension.Label} ({forecast.ModelId})");
    }
}
