using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// A finished chart: a ScottPlot figure and the size it is meant to be drawn at. Renders to PNG
/// bytes or to SVG text that is stable (same chart → same bytes) and safe to inline several times
/// in one HTML page.
/// </summary>
public sealed partial class Chart
{
    internal Chart(Plot plot, int width, int height, string title)
    {
        Plot = plot;
        Width = width;
        Height = height;
        Title = title;
    }

    /// <summary>The underlying figure, for callers that want to adjust it before rendering.</summary>
    public Plot Plot { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A plain-text title, used as the SVG's accessible name.</summary>
    public string Title { get; }

    public byte[] ToPng() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>
    /// The chart as a standalone SVG document without the XML declaration (so it can be inlined),
    /// with a viewBox (so CSS can scale it) and clip-path ids renumbered from <paramref name="idPrefix"/>:
    /// ScottPlot numbers them from a process-wide counter, which would make two renderings of the
    /// same chart differ and two charts on one page share ids.
    /// </summary>
    public string ToSvg(string idPrefix = "c")
    {
        string svg = Plot.GetSvgXml(Width, Height);
        svg = XmlDeclaration().Replace(svg, "");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string id)
        {
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = idPrefix + "-" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids[id] = renamed;
            }
            return renamed;
        }
        svg = IdAttribute().Replace(svg, m => $"id=\"{Rename(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Rename(m.Groups[1].Value)})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Rename(m.Groups[2].Value)}\"");
        string open = $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Escape(Title)}\" ";
        svg = SvgOpen().Replace(svg, open, 1);
        return svg.Trim() + "\n";
    }

    public byte[] Render(ChartFormat format) => format == ChartFormat.Png ? ToPng() : new UTF8Encoding(false).GetBytes(ToSvg());

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;");

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("(xlink:href|href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("<svg ")]
    private static partial Regex SvgOpen();
}
