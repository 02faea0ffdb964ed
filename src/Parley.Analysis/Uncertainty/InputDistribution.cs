using MathNet.Numerics.Distributions;

namespace Parley.Analysis.Uncertainty;

/// <summary>
/// How a number is drawn from the analyst's range [low, high] around the value they wrote.
/// </summary>
public enum InputDistribution
{
    /// <summary>
    /// Beta-PERT on (low, value, high) — the default. The analyst's number is the most likely value
    /// and the range its plausible extent, the reading of a three-point estimate used in risk
    /// analysis; draws cluster near the number and thin out towards the ends.
    /// </summary>
    Pert,

    /// <summary>Every value in the range equally likely: the analyst's number carries no special weight.</summary>
    Uniform,

    /// <summary>
    /// Normal centred on the analyst's number with σ = (high − low)/4 (the range read as ±2σ, about
    /// 95 %), truncated to the range.
    /// </summary>
    TruncatedNormal,
}

public static class InputDistributionExtensions
{
    /// <summary>One draw on [low, high] with the given most likely value; zero-width ranges return the value itself.</summary>
    public static double Sample(this InputDistribution distribution, Random random, double low, double mode, double high)
    {
        double width = high - low;
        if (!(width > 0)) return mode;
        switch (distribution)
        {
            case InputDistribution.Uniform:
                return low + width * random.NextDouble();
            case InputDistribution.TruncatedNormal:
            {
                double sigma = width / 4;
                double from = Normal.CDF(mode, sigma, low), to = Normal.CDF(mode, sigma, high);
                double x = Normal.InvCDF(mode, sigma, from + (to - from) * random.NextDouble());
                return Math.Clamp(x, low, high);
            }
            default:
            {
                double alpha = 1 + 4 * (mode - low) / width;
                double beta = 1 + 4 * (high - mode) / width;
                return low + width * Beta.Sample(random, alpha, beta);
            }
        }
    }

    public static string Id(this InputDistribution distribution) => distribution switch
    {
        InputDistribution.Uniform => "uniform",
        InputDistribution.TruncatedNormal => "normal",
        _ => "pert",
    };

    public static InputDistribution? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "pert" or "beta" or "beta-pert" => InputDistribution.Pert,
        "uniform" => InputDistribution.Uniform,
        "normal" or "truncated-normal" => InputDistribution.TruncatedNormal,
        _ => null,
    };
}
