namespace Parley.Core;

/// <summary>
/// How a file writes salience. People write percentages; model replications and some datasets
/// write fractions. Internally every model works on fractions (0–1).
/// </summary>
public enum SalienceScale
{
    /// <summary>Salience written 0–100 (the default).</summary>
    Percent,

    /// <summary>Salience written 0–1.</summary>
    Fraction,
}

public static class SalienceScaleExtensions
{
    public static double Maximum(this SalienceScale scale) => scale == SalienceScale.Percent ? 100.0 : 1.0;

    public static double ToFraction(this SalienceScale scale, double value) =>
        scale == SalienceScale.Percent ? value / 100.0 : value;

    public static double FromFraction(this SalienceScale scale, double fraction) =>
        scale == SalienceScale.Percent ? fraction * 100.0 : fraction;
}
