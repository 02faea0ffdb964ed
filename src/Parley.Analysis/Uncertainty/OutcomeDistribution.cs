using System.Collections.Immutable;
using MathNet.Numerics.Statistics;

namespace Parley.Analysis.Uncertainty;

/// <summary>One histogram bar: outcomes in [From, To) (the last bar includes its upper end).</summary>
public readonly record struct HistogramBin(double From, double To, int Count);

/// <summary>The probability that an outcome meets a <see cref="Threshold"/>.</summary>
public readonly record struct ThresholdProbability(Threshold Threshold, double Probability);

/// <summary>
/// What the Monte Carlo runs say about one model's outcome on one dimension: centre, 5–95 %
/// interval, histogram over the dimension's scale and threshold probabilities.
/// </summary>
public sealed record OutcomeDistribution(
    int Runs,
    double Mean,
    double P05,
    double P25,
    double P50,
    double P75,
    double P95,
    ImmutableArray<HistogramBin> Histogram,
    ImmutableArray<ThresholdProbability> Thresholds)
{
    /// <summary>Summarises <paramref name="outcomes"/> (in run order; sorted in place).</summary>
    public static OutcomeDistribution From(double[] outcomes, double scaleMin, double scaleMax, int bins, IEnumerable<Threshold> thresholds)
    {
        int n = outcomes.Length;
        // Mean as an offset from the first run: exact when every run agrees (zero-width ranges), and
        // less rounding than a plain sum when outcomes cluster far from zero.
        double origin = n > 0 ? outcomes[0] : 0, offset = 0;
        foreach (double x in outcomes) offset += x - origin;
        var probabilities = thresholds.Select(t => new ThresholdProbability(t, n == 0 ? double.NaN : outcomes.Count(t.IsMetBy) / (double)n)).ToImmutableArray();

        Array.Sort(outcomes);
        // R-7 (linear interpolation between order statistics): the definition of numpy, R and Excel.
        double Q(double tau) => n == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(outcomes, tau, QuantileDefinition.R7);

        var counts = new int[bins];
        double width = (scaleMax - scaleMin) / bins;
        foreach (double x in outcomes)
        {
            int b = (int)Math.Floor((x - scaleMin) / width);
            counts[Math.Clamp(b, 0, bins - 1)]++;
        }
        var histogram = Enumerable.Range(0, bins).Select(b => new HistogramBin(scaleMin + b * width, b == bins - 1 ? scaleMax : scaleMin + (b + 1) * width, counts[b])).ToImmutableArray();
        return new OutcomeDistribution(n, n == 0 ? double.NaN : origin + offset / n, Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95), histogram, probabilities);
    }
}
