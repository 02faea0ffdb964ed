using Parley.Models.Baseline;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The median voter position μ by each rule of D2. In one dimension with linear utilities the
/// weighted median beats every other position in a pairwise vote; the replications find it in
/// three other ways, which agree with it only when a strict winner exists. The vote-counting rules
/// loop in the replications' order so that near-ties resolve as they do there.
/// </summary>
internal static class MedianVoter
{
    public static double Find(MedianRule rule, ReadOnlySpan<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s, ReadOnlySpan<double> w, double range) => rule switch
    {
        MedianRule.WeightedMedian => WeightedStatistics.Median(x, s, c),
        MedianRule.WeightedMean => WeightedStatistics.Mean(x, s, c),
        MedianRule.PairwiseSequential => PairwiseSequential(x, w, range),
        MedianRule.LargestMargin => LargestMargin(x, w, range),
        _ => VoteTotal(x, w, range),
    };

    /// <summary>
    /// jmckib's <c>median_position()</c>: start from the first distinct position and let each later
    /// one take over when it wins the weighted vote against the incumbent. The replication walks a
    /// Python set (hash order); this walks positions in actor order. The two agree whenever one
    /// position strictly beats all others, as in every published run.
    /// </summary>
    public static double PairwiseSequential(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double range)
    {
        int n = x.Length;
        double median = x[0];
        for (int i = 1; i < n; i++)
        {
            double candidate = x[i];
            if (SeenBefore(x, i)) continue;
            double votes = 0;
            for (int k = 0; k < n; k++) votes += w[k] * (Math.Abs(x[k] - median) / range - Math.Abs(x[k] - candidate) / range);
            if (votes > 0) median = candidate;
        }
        return median;
    }

    /// <summary>
    /// dmasad's <c>vote()</c>: the winner of the single pairwise contest with the largest margin
    /// (the first such pair in actor order). Not a Condorcet winner in general.
    /// </summary>
    public static double LargestMargin(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double range)
    {
        int n = x.Length;
        double best = double.NegativeInfinity, result = double.NaN;
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < n; k++)
            {
                double votes = 0;
                for (int i = 0; i < n; i++) votes += w[i] * ((Math.Abs(x[i] - x[k]) - Math.Abs(x[i] - x[j])) / range);
                if (votes > best)
                {
                    best = votes;
                    result = x[j];
                }
            }
        }
        return result;
    }

    /// <summary>eum's median: the position with the largest total of pairwise votes against all positions.</summary>
    public static double VoteTotal(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double range)
    {
        int n = x.Length;
        double best = double.MinValue, result = 0;
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            for (int j = 0; j < n; j++)
            {
                for (int k = 0; k < n; k++) total += 2 * w[k] * ((Math.Abs(x[k] - x[j]) - Math.Abs(x[k] - x[i])) / range);
            }
            if (total > best)
            {
                best = total;
                result = x[i];
            }
        }
        return result;
    }

    private static bool SeenBefore(ReadOnlySpan<double> x, int i)
    {
        for (int k = 0; k < i; k++)
        {
            if (x[k] == x[i]) return true;
        }
        return false;
    }
}
