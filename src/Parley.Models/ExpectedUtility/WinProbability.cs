namespace Parley.Models.ExpectedUtility;

/// <summary>
/// P_ij, the probability that i beats j when it challenges, by each rule of D3, computed directly
/// from every voter (O(n) per pair). The sweep path computes the pair-normalised rule in O(log n)
/// instead; this is the reference it is checked against. A contest between actors at the same
/// position, or one in which no voter has a preference, has P = 0.
/// </summary>
internal static class WinProbability
{
    /// <summary>
    /// Fills <paramref name="p"/>[a·n + b] = P(a beats b) for every ordered pair. <paramref name="risk"/>
    /// is each actor's current risk exponent (used by the rules that risk-adjust votes);
    /// <paramref name="scratch"/> needs n² entries for <see cref="ProbabilityRule.AllTriples"/>.
    /// </summary>
    public static void Fill(ProbabilityRule rule, ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> risk, double range, double nearZero, Span<double> p, Span<double> scratch)
    {
        int n = x.Length;
        if (rule == ProbabilityRule.AllTriples)
        {
            FillAllTriples(x, w, risk, range, p, scratch);
            return;
        }
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++) p[a * n + b] = Pair(rule, x, w, risk, range, nearZero, a, b);
        }
    }

    /// <summary>P(a beats b) for the rules that need no all-pairs denominator.</summary>
    public static double Pair(ProbabilityRule rule, ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> risk, double range, double nearZero, int a, int b)
    {
        double xa = x[a], xb = x[b];
        if (xa == xb || Math.Abs(xa - xb) < nearZero) return 0;
        double numerator = 0, denominator = 0;
        switch (rule)
        {
            case ProbabilityRule.NetLinear:
                // dmasad: the net vote, floored at zero, over the absolute votes; distances unnormalised.
                for (int k = 0; k < x.Length; k++)
                {
                    double d = Math.Abs(x[k] - xb) - Math.Abs(x[k] - xa);
                    numerator += w[k] * d;
                    denominator += w[k] * Math.Abs(d);
                }
                numerator = Math.Max(numerator, 0);
                break;
            case ProbabilityRule.PositiveVotes:
                // eum: a voter counts for a when its utility 1 − |x_k − x|^{r_a} (unnormalised) prefers a.
                double r = risk[a];
                for (int k = 0; k < x.Length; k++)
                {
                    double votes = 2 * w[k] * ((Math.Abs(x[k] - xb) - Math.Abs(x[k] - xa)) / range);
                    double ua = 1 - Math.Pow(Math.Abs(x[k] - xa), r);
                    double ub = 1 - Math.Pow(Math.Abs(x[k] - xb), r);
                    numerator += ua > ub ? votes : 0;
                    denominator += Math.Abs(votes);
                }
                break;
            default:
                // BDM: the votes of those who prefer a, over all votes cast in this contest.
                for (int k = 0; k < x.Length; k++)
                {
                    double d = Math.Abs(x[k] - xb) - Math.Abs(x[k] - xa);
                    if (d > 0) numerator += w[k] * d;
                    denominator += w[k] * Math.Abs(d);
                }
                break;
        }
        return denominator > 0 ? numerator / denominator : 0;
    }

    /// <summary>
    /// jmckib (Scholz's code): votes for a with each voter's own risk exponent on normalised
    /// distances, over the absolute votes of every voter on every ordered pair of actors. The
    /// denominator does not depend on the pair, so P is tiny and P_ab + P_ba ≠ 1.
    /// </summary>
    private static void FillAllTriples(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> risk, double range, Span<double> p, Span<double> distance)
    {
        int n = x.Length;
        // distance[k·n + a] = (|x_k − x_a| / Δ)^{r_k}: voter k's risk-adjusted distance to a.
        for (int k = 0; k < n; k++)
        {
            for (int a = 0; a < n; a++)
            {
                double v = Math.Abs(x[k] - x[a]) / range;
                distance[k * n + a] = risk[k] == 1 ? v : Math.Pow(v, risk[k]);
            }
        }
        double total = 0;
        for (int k = 0; k < n; k++)
        {
            var dk = distance.Slice(k * n, n);
            for (int a = 0; a < n; a++)
            {
                for (int b = 0; b < n; b++) total += Math.Abs(w[k] * (dk[b] - dk[a]));
            }
        }
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                if (x[a] == x[b] || !(total > 0))
                {
                    p[a * n + b] = 0;
                    continue;
                }
                double numerator = 0;
                for (int k = 0; k < n; k++)
                {
                    double v = w[k] * (distance[k * n + b] - distance[k * n + a]);
                    if (v > 0) numerator += v;
                }
                p[a * n + b] = numerator / total;
            }
        }
    }
}
