namespace Parley.Analysis.Backtest.Scoring;

/// <summary>
/// The continuous ranked probability score, CRPS(F, y) = ∫ (F(x) − 1{x ≥ y})² dx: the mean
/// absolute error generalised to a whole predictive distribution (Gneiting &amp; Raftery 2007).
/// Lower is better; for a point forecast it is the absolute error. Computed exactly for
/// distributions made of point masses (which covers the backtest's mixtures of a status-quo atom
/// and empirical error atoms) and by quadrature for any CDF (used to check the exact formula).
/// </summary>
public static class Crps
{
    /// <summary>
    /// Exact CRPS of a distribution of point masses at <paramref name="values"/> (sorted ascending)
    /// with <paramref name="weights"/> (summing to 1): the integral of the squared difference of two
    /// step functions, summed piece by piece between consecutive jumps.
    /// </summary>
    public static double OfAtoms(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double y)
    {
        double total = 0, cdf = 0;
        bool passedY = false;
        double previous = double.NaN;
        for (int j = 0; j <= values.Length; j++)
        {
            double next = j < values.Length ? values[j] : double.PositiveInfinity;
            // Insert the observation's own jump between atoms.
            if (!passedY && y <= next)
            {
                if (!double.IsNaN(previous)) total += cdf * cdf * (y - previous);
                previous = y;
                passedY = true;
            }
            if (j == values.Length) break;
            if (!double.IsNaN(previous))
            {
                double step = passedY ? 1 - cdf : cdf;
                total += step * step * (next - previous);
            }
            previous = next;
            cdf += weights[j];
        }
        // Past the last atom and y, F = 1 = indicator (up to rounding of the weights).
        return total;
    }

    /// <summary>
    /// CRPS by the midpoint rule over [<paramref name="low"/>, <paramref name="high"/>] (outside it
    /// the CDF must be 0 below and 1 above, as for a distribution censored to a scale).
    /// </summary>
    public static double ByQuadrature(Func<double, double> cdf, double y, double low, double high, int steps = 200_000)
    {
        // Split at the observation: the indicator jumps there, and a step across the jump would
        // cost up to one step width of accuracy.
        if (y <= low || y >= high) return Midpoint(cdf, y, low, high, steps);
        int left = Math.Max(1, (int)(steps * (y - low) / (high - low)));
        return Midpoint(cdf, y, low, y, left) + Midpoint(cdf, y, y, high, Math.Max(1, steps - left));
    }

    private static double Midpoint(Func<double, double> cdf, double y, double low, double high, int steps)
    {
        double h = (high - low) / steps, sum = 0;
        for (int k = 0; k < steps; k++)
        {
            double x = low + (k + 0.5) * h;
            double d = cdf(x) - (x >= y ? 1 : 0);
            sum += d * d;
        }
        return sum * h;
    }

    /// <summary>Closed form for a normal distribution: σ [z(2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ.</summary>
    public static double OfNormal(double mean, double sd, double y)
    {
        double z = (y - mean) / sd;
        return sd * (z * (2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, z) - 1) + 2 * MathNet.Numerics.Distributions.Normal.PDF(0, 1, z) - 1 / Math.Sqrt(Math.PI));
    }
}
