namespace Parley.Reports.Charts;

/// <summary>The image formats charts are written in.</summary>
public enum ChartFormat
{
    Png,
    Svg,
}

public static class ChartFormatExtensions
{
    /// <summary>The format named by a file's extension (<c>.png</c>, <c>.svg</c>), or null.</summary>
    public static ChartFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => ChartFormat.Png,
        ".svg" => ChartFormat.Svg,
        _ => null,
    };

    public static string MediaType(this ChartFormat format) => format == ChartFormat.Png ? "image/png" : "image/svg+xml";
}
