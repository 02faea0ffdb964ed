using ScottPlot;
using SkiaSharp;

namespace Parley.Reports.Charts;

/// <summary>
/// The typeface every chart uses: DejaVu Sans, embedded in this assembly. Charts then render the
/// same glyphs on every machine — with or without system fonts, which the dependency-free Skia
/// build on Linux cannot look up anyway — so a PNG is byte-identical wherever it is made.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name charts ask ScottPlot for.</summary>
    public const string Family = "Parley Sans";

    private static readonly Lazy<bool> registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the embedded typeface with ScottPlot once per process (safe to call from any thread).</summary>
    public static void EnsureRegistered() => _ = registered.Value;

    private static bool Register()
    {
        var resolver = new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        // First in the list, so that the family name never reaches the system font lookup.
        Fonts.FontResolvers.Insert(0, resolver);
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return true;
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream("Parley.Reports.Fonts." + file)
            ?? throw new InvalidOperationException("Embedded font missing: " + file);
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Embedded font unreadable: " + file);
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private readonly SKTypeface regular;
        private readonly SKTypeface bold;

        public EmbeddedFontResolver(SKTypeface regular, SKTypeface bold)
        {
            this.regular = regular;
            this.bold = bold;
        }

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? this.bold : regular) : null;
    }
}
