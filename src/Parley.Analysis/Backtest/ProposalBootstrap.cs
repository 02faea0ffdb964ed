using Parley.Core;

namespace Parley.Analysis.Backtest;

/// <summary>
/// Percentile bootstrap over proposals: the issues of one proposal are negotiated together and
/// their errors are not independent, so whole proposals are resampled with replacement. The
/// resamples are drawn once from the seed and shared by every model, so paired differences use
/// the same resamples (and results do not depend on threads or on which models run).
/// </summary>
public sealed class ProposalBootstrap
{
    private readonly int[][] clusterIssues;
    private readonly int[][] draws;

    /// <param name="proposalOfIssue">The proposal of each scored issue, in scoring order.</param>
    public ProposalBootstrap(IReadOnlyList<string> proposalOfIssue, int resamples, int seed)
    {
        var clusters = proposalOfIssue.Select((p, i) => (p, i)).GroupBy(x => x.p, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Select(x => x.i).ToArray()).ToArray();
        clusterIssues = clusters;
        var random = new Random(seed);
        draws = new int[resamples][];
        for (int b = 0; b < resamples; b++)
        {
            var draw = new int[clusters.Length];
            for (int c = 0; c < draw.Length; c++) draw[c] = random.Next(clusters.Length);
            draws[b] = draw;
        }
    }

    public int Resamples => draws.Length;

    public int Proposals => clusterIssues.Length;

    /// <summary>95 % (or <paramref name="level"/>) percentile interval of the mean of per-issue values (NaN = missing).</summary>
    public Interval MeanInterval(IReadOnlyList<double> values, double level = 0.95)
    {
        if (draws.Length == 0) return new Interval(double.NaN, double.NaN);
        var means = new double[draws.Length];
        for (int b = 0; b < draws.Length; b++)
        {
            double sum = 0;
            int count = 0;
            foreach (int c in draws[b])
            {
                foreach (int i in clusterIssues[c])
                {
                    double v = values[i];
                    if (double.IsNaN(v)) continue;
                    sum += v;
                    count++;
                }
            }
            means[b] = count > 0 ? sum / count : double.NaN;
        }
        var finite = means.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0) return new Interval(double.NaN, double.NaN);
        double alpha = (1 - level) / 2;
        return new Interval(Quantile(finite, alpha), Quantile(finite, 1 - alpha));
    }

    /// <summary>Interval of the skill 1 − mean(a) / mean(b) over the issues where both are numbers (a ratio of means, resampled together).</summary>
    public Interval SkillInterval(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95)
    {
        if (draws.Length == 0) return new Interval(double.NaN, double.NaN);
        var skills = new List<double>(draws.Length);
        foreach (var draw in draws)
        {
            double sa = 0, sb = 0;
            foreach (int c in draw)
            {
                foreach (int i in clusterIssues[c])
                {
                    if (double.IsNaN(a[i]) || double.IsNaN(b[i])) continue;
                    sa += a[i];
                    sb += b[i];
                }
            }
            if (sb > 0) skills.Add(1 - sa / sb);
        }
        if (skills.Count == 0) return new Interval(double.NaN, double.NaN);
        var sorted = skills.Order().ToArray();
        double alpha = (1 - level) / 2;
        return new Interval(Quantile(sorted, alpha), Quantile(sorted, 1 - alpha));
    }

    /// <summary>Interval of the mean of a − b over the issues where both are numbers.</summary>
    public Interval DifferenceInterval(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95) =>
        MeanInterval(a.Select((x, i) => double.IsNaN(x) || double.IsNaN(b[i]) ? double.NaN : x - b[i]).ToArray(), level);

    /// <summary>Linear interpolation between order statistics (type 7, as R's default).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
