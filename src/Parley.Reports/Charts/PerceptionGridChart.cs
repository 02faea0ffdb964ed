using ScottPlot;
using ScottPlot.TickGenerators;
using Parley.Reports.Dyads;

namespace Parley.Reports.Charts;

/// <summary>
/// A coloured grid of how each actor (row) sees its relation with each other actor (column):
/// confrontation, compromise, capitulation or status quo.
/// </summary>
public static class PerceptionGridChart
{
    public static Color ColorOf(PerceptionCategory category) => category switch
    {
        PerceptionCategory.Confrontation => Color.FromHex("#D55E00"),
        PerceptionCategory.Compromise => Color.FromHex("#009E73"),
        PerceptionCategory.Capitulation => Color.FromHex("#E69F00"),
        PerceptionCategory.StatusQuo => Color.FromHex("#BBBBBB"),
        _ => Color.FromHex("#FFFFFF"),
    };

    public static string Label(PerceptionCategory category) => category switch
    {
        PerceptionCategory.Confrontation => "confrontation",
        PerceptionCategory.Compromise => "compromise",
        PerceptionCategory.Capitulation => "capitulation",
        PerceptionCategory.StatusQuo => "status quo",
        _ => "",
    };

    public static Chart Build(PerceptionMatrix matrix, string title, int width = 820)
    {
        int n = matrix.Count;
        var plot = ChartStyle.NewPlot(title);
        var columns = new NumericManual();
        var rows = new NumericManual();
        for (int r = 0; r < n; r++)
        {
            double y = n - 1 - r;
            rows.AddMajor(y, matrix.ActorIds[r]);
            for (int c = 0; c < n; c++)
            {
                var category = matrix[r, c];
                var cell = plot.Add.Rectangle(c - 0.5, c + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = ColorOf(category);
                cell.LineColor = Colors.White;
                cell.LineWidth = 2;
                if (category != PerceptionCategory.None)
                {
                    var text = plot.Add.Text(Short(category), c, y);
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontSize = 11;
                    text.LabelFontColor = category == PerceptionCategory.StatusQuo ? ChartStyle.Ink : Colors.White;
                }
            }
        }
        for (int c = 0; c < n; c++) columns.AddMajor(c, matrix.ActorIds[c]);
        plot.Axes.Bottom.TickGenerator = columns;
        plot.Axes.Left.TickGenerator = rows;
        plot.Grid.IsVisible = false;
        plot.XLabel("… its relation with this actor", 12);
        plot.YLabel("how this actor sees …", 12);
        foreach (var category in new[] { PerceptionCategory.Confrontation, PerceptionCategory.Compromise, PerceptionCategory.Capitulation, PerceptionCategory.StatusQuo })
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Label(category), FillColor = ColorOf(category) });
        }
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        int height = 120 + 48 * Math.Max(n, 2);
        return new Chart(plot, width, height, title);
    }

    private static string Short(PerceptionCategory category) => category switch
    {
        PerceptionCategory.Confrontation => "conf.",
        PerceptionCategory.Compromise => "comp.",
        PerceptionCategory.Capitulation => "capit.",
        PerceptionCategory.StatusQuo => "SQ",
        _ => "",
    };
}
