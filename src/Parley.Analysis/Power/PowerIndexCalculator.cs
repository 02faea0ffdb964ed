using System.Collections.Immutable;

namespace Parley.Analysis.Power;

/// <summary>Shapley–Shubik and Banzhaf indices of a voting game, exact (no sampling).</summary>
public static class PowerIndexCalculator
{
    public static PowerIndices Compute(VotingGame game, CancellationToken cancellationToken = default) =>
        FromCounts(game.Players, CoalitionCounter.Count(game, cancellationToken));

    public static PowerIndices FromCounts(ImmutableArray<string> players, CoalitionCounts counts)
    {
        int n = counts.Players;
        var ss = new double[n];
        var swings = new long[n];
        for (int i = 0; i < n; i++)
        {
            // An ordering makes i pivotal after a swing coalition T: weight |T|!(n-1-|T|)!/n! = 1/(n·C(n-1,|T|)).
            double sum = 0;
            for (int k = 0; k < n; k++)
            {
                long s = counts.Swings(i, k);
                if (s != 0) sum += s / ((double)n * Binomial.Of(n - 1, k));
            }
            ss[i] = sum;
            swings[i] = counts.TotalSwings(i);
        }
        return Build(players, ss, swings, n, counts.Method);
    }

    internal static PowerIndices Build(ImmutableArray<string> players, double[] ss, long[] swings, int n, string method)
    {
        double totalSwings = 0;
        foreach (long s in swings) totalSwings += s;
        double coalitionsOfOthers = Math.ScaleB(1.0, n - 1);
        var bz = new double[swings.Length];
        var absolute = new double[swings.Length];
        for (int i = 0; i < swings.Length; i++)
        {
            bz[i] = totalSwings > 0 ? swings[i] / totalSwings : 0;
            absolute[i] = swings[i] / coalitionsOfOthers;
        }
        return new PowerIndices(players, [.. ss], [.. bz], [.. absolute], [.. swings], method);
    }
}
