namespace Parley.Analysis.Power;

/// <summary>Binomial coefficients, exact in 64 bits for n ≤ 62.</summary>
internal static class Binomial
{
    private static readonly long[][] table = Build(VotingGame.MaxPlayers + 2);

    public static long Of(int n, int k) => k < 0 || k > n ? 0 : table[n][k];

    private static long[][] Build(int max)
    {
        var rows = new long[max + 1][];
        for (int n = 0; n <= max; n++)
        {
            rows[n] = new long[n + 1];
            rows[n][0] = rows[n][n] = 1;
            for (int k = 1; k < n; k++) rows[n][k] = rows[n - 1][k - 1] + rows[n - 1][k];
        }
        return rows;
    }
}
