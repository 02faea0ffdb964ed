using System.Globalization;
using System.Text;

namespace Parley.Reports.Html;

/// <summary>Small helpers for writing HTML by hand: escaping and invariant numbers.</summary>
internal static class Html
{
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public static string N(double value, string format = "0.#") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Percent(double probability) => (probability * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>A link only for http(s) addresses, so a scenario cannot smuggle a javascript: URL into the report.</summary>
    public static string Link(string? url, string text) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? $"<a href=\"{E(url)}\" rel=\"noreferrer\">{E(text)}</a>"
            : E(text);
}
