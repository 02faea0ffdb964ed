using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Core;
using Parley.Models;

namespace Parley.Reports.Charts;

/// <summary>
/// Where everyone stands on one dimension: each actor on the scale (one row each, in order of
/// position), the marker's area proportional to capability × salience — the weight the actor
/// brings — every model's forecast as a vertical line, and the status quo dashed. The scale's
/// anchor labels are the axis ticks, so a reader sees what the numbers mean.
/// </summary>
public static class PositionMapChart
{
    public static Chart Build(Scenario scenario, string dimensionId, IReadOnlyList<Forecast> forecasts, int width = 900, ModelCatalog? catalog = null)
    {
        int k = scenario.DimensionIndex(dimensionId);
        if (k < 0) throw new ArgumentException($"No dimension '{dimensionId}'.", nameof(dimensionId));
        var dimension = scenario.Dimensions[k];
        var actors = scenario.Actors
            .Select(a => (Actor: a, Stance: scenario.FindStance(a.Id, dimensionId)))
            .Where(x => x.Stance is not null)
            .Select(x => (x.Actor, Position: x.Stance!.Position, Weight: x.Actor.Capability * scenario.SalienceScale.ToFraction(x.Stance.Salience)))
            .OrderBy(x => x.Position).ThenBy(x => x.Actor.Id, StringComparer.Ordinal)
            .ToList();
        double maxWeight = actors.Count == 0 ? 1 : Math.Max(actors.Max(x => x.Weight), 1e-12);
        double min = dimension.Scale.Min, max = dimension.Scale.Max, pad = dimension.Scale.Width * 0.03;

        var plot = ChartStyle.NewPlot(dimension.Label);
        var rows = new NumericManual();
        for (int row = 0; row < actors.Count; row++)
        {
            var (actor, position, weight) = actors[row];
            // Area, not radius, proportional to weight: a reader compares blobs by area.
            float size = (float)(7 + 30 * Math.Sqrt(weight / maxWeight));
            var marker = plot.Add.Marker(position, row, MarkerShape.FilledCircle, size, ChartStyle.Palette[0].WithAlpha(0.55));
            marker.MarkerLineColor = ChartStyle.Palette[0];
            marker.MarkerLineWidth = 1;
            bool nearRightEdge = position > min + 0.8 * dimension.Scale.Width;
            var label = plot.Add.Text(actor.Id, position, row);
            label.LabelFontSize = 12;
            label.LabelFontColor = ChartStyle.Ink;
            label.LabelAlignment = nearRightEdge ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.OffsetX = (nearRightEdge ? -1 : 1) * (size / 2 + 4);
            // The label sits beside the marker; the tick only draws the row's grid line.
            rows.AddMajor(row, "");
        }
        plot.Axes.Left.TickGenerator = rows;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Room for half of the first anchor's label, which is centred on the left end of the scale.
        plot.Axes.Left.MinimumSize = 60;

        for (int f = 0; f < forecasts.Count; f++)
        {
            var d = forecasts[f].Dimensions.FirstOrDefault(x => x.DimensionId == dimensionId);
            if (d is null) continue;
            var line = plot.Add.VerticalLine(d.Outcome, 2.5f, ChartStyle.ModelColor(forecasts[f].ModelId, f, catalog));
            line.LegendText = forecasts[f].ModelId + " " + ChartStyle.Number(d.Outcome);
        }

        // Drawn after the forecasts so that a model forecasting the status quo does not hide it.
        if (dimension.StatusQuo is { } sq)
        {
            var line = plot.Add.VerticalLine(sq, 2, ChartStyle.StatusQuo, LinePattern.Dashed);
            line.LegendText = "status quo " + ChartStyle.Number(sq);
        }

        int anchorLines = AnchorTicks(plot, dimension);
        plot.Axes.SetLimits(min - pad, max + pad, -0.8, Math.Max(actors.Count, 1) - 0.2);
        plot.XLabel("position on the scale (marker area: capability × salience)", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        int height = 130 + 34 * Math.Max(actors.Count, 2) + 15 * anchorLines;
        return new Chart(plot, width, height, $"Positions on {dimension.Label}");
    }

    /// <summary>Anchor labels as the bottom ticks (wrapped); returns the number of text lines the ticks use.</summary>
    internal static int AnchorTicks(Plot plot, Dimension dimension)
    {
        if (dimension.AnchorPoints.Count == 0) return 1;
        var ticks = new NumericManual();
        int lines = 1;
        // Leave each label about the room between neighbouring anchors.
        int perLine = Math.Clamp(90 / Math.Max(dimension.AnchorPoints.Count, 1), 10, 30);
        foreach (var anchor in dimension.AnchorPoints)
        {
            string text = ChartStyle.Number(anchor.Value) + "\n" + ChartStyle.Wrap(anchor.Label, perLine, 3);
            lines = Math.Max(lines, text.Count(c => c == '\n') + 1);
            ticks.AddMajor(anchor.Value, text);
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        return lines;
    }
}
