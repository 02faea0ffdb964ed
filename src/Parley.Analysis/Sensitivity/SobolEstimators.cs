namespace Parley.Analysis.Sensitivity;

/// <summary>
/// The estimators of Saltelli et al. (2010, "Variance based sensitivity analysis of model output",
/// Comput. Phys. Commun. 181, table 2) on the model values f(A), f(B) and f(A_B^i):
/// <list type="bullet">
/// <item>first-order V_i ≈ (1/N) Σ_j f(B)_j · (f(A_B^i)_j − f(A)_j) (their estimator b);</item>
/// <item>total effect V_Ti ≈ (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)² (Jansen 1999, their estimator f);</item>
/// <item>V = the variance of the 2N values f(A) and f(B).</item>
/// </list>
/// f(B) enters the first-order sum centred on the sample mean: the estimator's expectation does not
/// change (f(A_B^i) − f(A) has mean zero), but an outcome far from zero (a forecast near 58 with a
/// spread of 2) no longer inflates its variance. SALib centres the same way.
/// </summary>
public static class SobolEstimators
{
    /// <summary>
    /// Estimates every input's indices with row weights <paramref name="weights"/>: all ones for the
    /// point estimate, a bootstrap resample's multiplicities (how often each row was drawn) otherwise —
    /// the same sums as over the resampled rows, but read in row order, which is several times faster
    /// than gathering rows at random. <paramref name="differences"/> holds f(A_B^i) − f(A) at [i·N + j].
    /// Returns the output's variance; the indices are NaN when it is zero.
    /// </summary>
    public static double Estimate(ReadOnlySpan<double> fA, ReadOnlySpan<double> fB, ReadOnlySpan<double> differences, ReadOnlySpan<double> weights, Span<double> firstOrder, Span<double> totalEffect)
    {
        int n = fA.Length, k = firstOrder.Length;
        double count = 0, sum = 0;
        for (int r = 0; r < n; r++)
        {
            count += weights[r];
            sum += weights[r] * (fA[r] + fB[r]);
        }
        double mean = sum / (2 * count);
        double squares = 0;
        Span<double> centred = n <= 4096 ? stackalloc double[n] : new double[n];
        for (int r = 0; r < n; r++)
        {
            double da = fA[r] - mean, db = fB[r] - mean;
            squares += weights[r] * (da * da + db * db);
            centred[r] = weights[r] * db;
        }
        double variance = squares / (2 * count);
        // Rounding noise around a constant outcome is not variance to apportion.
        bool constant = !(variance > 1e-24 * Math.Max(1, mean * mean));
        for (int i = 0; i < k; i++)
        {
            if (constant)
            {
                firstOrder[i] = totalEffect[i] = double.NaN;
                continue;
            }
            var d = differences.Slice(i * n, n);
            double first = 0, total = 0;
            for (int r = 0; r < n; r++)
            {
                first += centred[r] * d[r];
                total += weights[r] * d[r] * d[r];
            }
            firstOrder[i] = first / count / variance;
            totalEffect[i] = total / (2 * count) / variance;
        }
        return constant ? 0 : variance;
    }
}
