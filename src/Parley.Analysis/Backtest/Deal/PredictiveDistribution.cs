using Parley.Analysis.Backtest.Scoring;
using Parley.Core;

namespace Parley.Analysis.Backtest.Deal;

/// <summary>
/// A forecast distribution for one dimension's outcome on a bounded scale: a point mass
/// <see cref="PStatusQuo"/> at the status quo ("no deal") plus, with the remaining probability, the
/// outcomes "if a deal happens": the point forecast plus each past error the model made on training
/// issues that did not end at the status quo, censored to the scale (an empirical, split-conformal
/// distribution; optionally each error scaled to the spread of positions). Everything is a
/// finite set of point masses, so quantiles and the CRPS are exact.
/// </summary>
public sealed class PredictiveDistribution
{
    private readonly double[] values;
    private readonly double[] weights;

    private PredictiveDistribution(double[] values, double[] weights, double pStatusQuo)
    {
        this.values = values;
        this.weights = weights;
        PStatusQuo = pStatusQuo;
    }

    public double PStatusQuo { get; }

    public ReadOnlySpan<double> Values => values;

    public ReadOnlySpan<double> Weights => weights;

    /// <param name="statusQuo">NaN when the dimension has none (then <paramref name="pStatusQuo"/> is ignored).</param>
    /// <param name="center">The point forecast of the deal.</param>
    /// <param name="errors">Past signed errors (outcome − forecast), each an equally likely deviation.</param>
    /// <param name="scale">Multiplies every error (1 for plain residuals).</param>
    public static PredictiveDistribution Mixture(double statusQuo, double pStatusQuo, double center, IReadOnlyList<double> errors, double scale, double min, double max)
    {
        var sorted = errors.Order().ToArray();
        return FromSortedErrors(statusQuo, pStatusQuo, center, sorted, scale, min, max);
    }

    /// <summary>
    /// As <see cref="Mixture"/> for errors already sorted ascending: center + scale × error is then
    /// sorted too (scale &gt; 0, censoring keeps the order), so the status-quo atom is merged in
    /// linearly — the backtest builds hundreds of thousands of these.
    /// </summary>
    public static PredictiveDistribution FromSortedErrors(double statusQuo, double pStatusQuo, double center, ReadOnlySpan<double> sortedErrors, double scale, double min, double max)
    {
        bool hasSq = double.IsFinite(statusQuo) && pStatusQuo > 0;
        double p = hasSq ? Math.Clamp(pStatusQuo, 0, 1) : 0;
        int n = sortedErrors.Length;
        var values = new double[n + (hasSq ? 1 : 0)];
        var weights = new double[values.Length];
        double w = n > 0 ? (1 - p) / n : 0;
        int k = 0;
        bool placed = !hasSq;
        for (int j = 0; j < n; j++)
        {
            double v = Math.Clamp(center + scale * sortedErrors[j], min, max);
            if (!placed && statusQuo <= v)
            {
                values[k] = statusQuo;
                weights[k++] = n > 0 ? p : 1;
                placed = true;
            }
            values[k] = v;
            weights[k++] = w;
        }
        if (!placed)
        {
            values[k] = statusQuo;
            weights[k] = n > 0 ? p : 1;
        }
        return new PredictiveDistribution(values, weights, p);
    }

    /// <summary>The smallest value whose cumulative probability reaches <paramref name="probability"/>.</summary>
    public double Quantile(double probability)
    {
        double cdf = 0;
        for (int j = 0; j < values.Length; j++)
        {
            cdf += weights[j];
            if (cdf >= probability - 1e-12) return values[j];
        }
        return values.Length > 0 ? values[^1] : double.NaN;
    }

    public double Median => Quantile(0.5);

    /// <summary>Central interval holding <paramref name="level"/> of the probability: [Q((1−level)/2), Q((1+level)/2)].</summary>
    public Interval Central(double level) => new(Quantile((1 - level) / 2), Quantile((1 + level) / 2));

    public double Cdf(double x)
    {
        double cdf = 0;
        for (int j = 0; j < values.Length && values[j] <= x; j++) cdf += weights[j];
        return cdf;
    }

    public double Crps(double outcome) => Scoring.Crps.OfAtoms(values, weights, outcome);
}
