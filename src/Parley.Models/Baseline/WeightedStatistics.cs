using System.Buffers;

namespace Parley.Models.Baseline;

/// <summary>Weighted mean and median of positions with weights capability × salience.</summary>
public static class WeightedStatistics
{
    public static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        double sum = 0, total = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            double w = capabilities[i] * saliences[i];
            sum += w * positions[i];
            total += w;
        }
        return total > 0 ? sum / total : double.NaN;
    }

    public static double Median(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        int n = positions.Length;
        // Small scenarios sort on the stack; the median runs inside Monte Carlo loops.
        double[]? rented = null;
        Span<double> keys = n <= 128 ? stackalloc double[n] : (rented = ArrayPool<double>.Shared.Rent(2 * n)).AsSpan(0, n);
        Span<double> weights = n <= 128 ? stackalloc double[n] : rented.AsSpan(n, n);
        try
        {
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                keys[i] = positions[i];
                weights[i] = capabilities[i] * saliences[i];
                total += weights[i];
            }
            if (!(total > 0)) return double.NaN;
            keys.Sort(weights);
            double half = total / 2, cumulative = 0;
            // Sums in a different actor order differ in the last bits; "exactly half" must not depend on that.
            double tolerance = 1e-12 * total;
            for (int i = 0; i < n; i++)
            {
                cumulative += weights[i];
                // Actors at the same position count together.
                while (i + 1 < n && keys[i + 1] == keys[i]) cumulative += weights[++i];
                if (cumulative < half - tolerance) continue;
                if (cumulative > half + tolerance) return keys[i];
                // Exactly half: the median is any point up to the next weighted position; take the midpoint.
                for (int j = i + 1; j < n; j++)
                {
                    if (weights[j] > 0) return (keys[i] + keys[j]) / 2;
                }
                return keys[i];
            }
            return keys[n - 1];
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }
}
