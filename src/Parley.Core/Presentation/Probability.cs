using System.Globalization;

namespace Parley.Core.Presentation;

/// <summary>
/// The one way Parley prints a probability, in the CLI, the report, the web page and the docs, so that
/// the same number never reads "0.186" in one place and "18.2 %" in another.
/// </summary>
/// <remarks>
/// Whole percentages: the probabilities Parley prints come from a few thousand Monte Carlo draws or from
/// a fitted model, neither of which supports a tenth of a percent. A value that rounds to 0 % or 100 % but
/// is not exactly 0 or 1 prints as "&lt;1 %" or "&gt;99 %", so a rare event is never shown as impossible.
/// Machine-readable outputs (JSON, CSV) keep the raw 0–1 number. Thread-safe (pure function).
/// </remarks>
public static class Probability
{
    /// <summary>Formats <paramref name="p"/> (0–1) as a whole percentage, e.g. <c>19 %</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">p is not a number in [0, 1].</exception>
    public static string Format(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "a probability lies between 0 and 1");
        if (p > 0 && p < 0.005) return "<1 %";
        if (p < 1 && p >= 0.995) return ">99 %";
        return Math.Round(p * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %";
    }
}
