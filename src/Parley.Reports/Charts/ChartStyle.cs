using System.Globalization;
using Parley.Models;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The look shared by every chart: the embedded font, quiet grid, colour-blind-safe colours and a
/// fixed colour per model, so "mean" is the same blue in every chart and report.
/// </summary>
public static class ChartStyle
{
    /// <summary>
    /// Okabe–Ito colours, distinguishable with the common forms of colour blindness, then two of
    /// Paul Tol's muted scheme (wine, teal) for the ninth and tenth model.
    /// </summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#D55E00"), Color.FromHex("#56B4E9"), Color.FromHex("#8C6D1F"), Color.FromHex("#000000"),
        Color.FromHex("#882255"), Color.FromHex("#44AA99"),
    ];

    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#6b6b6b");
    public static readonly Color Band = Color.FromHex("#0072B2").WithAlpha(0.12);
    public static readonly Color StatusQuo = Color.FromHex("#444444");

    /// <summary>
    /// The colour of a model, stable across charts: the colour slot its descriptor in
    /// <paramref name="catalog"/> (default: the built-in catalog) gives it; a model the catalog does
    /// not know gets a colour after the catalog's by its position in the chart.
    /// </summary>
    public static Color ModelColor(string modelId, int fallbackIndex, ModelCatalog? catalog = null)
    {
        catalog ??= ModelCatalog.Builtin;
        int slot = catalog.Lookup(modelId)?.ColourSlot ?? catalog.Models.Count + fallbackIndex;
        return Palette[slot % Palette.Length];
    }

    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    /// <summary>A new figure with Parley's font and grid.</summary>
    public static Plot NewPlot(string title)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.07);
        plot.Axes.Color(Muted);
        plot.Title(title, 15);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.25);
        plot.Axes.Bottom.Label.ForeColor = Ink;
        plot.Axes.Left.Label.ForeColor = Ink;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Ink;
        plot.Axes.Left.TickLabelStyle.ForeColor = Ink;
        return plot;
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Wraps <paramref name="text"/> into lines of about <paramref name="width"/> characters, at most <paramref name="maxLines"/>.</summary>
    public static string Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        if (line.Length > 0) lines.Add(line);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = lines[^1].TrimEnd('.', ',', ';', ':') + "…";
        }
        return string.Join('\n', lines);
    }
}
