namespace Parley.Analysis.Power;

/// <summary>
/// What every power index of a simple game is built from, counted exactly: how many coalitions of
/// each size win, and for each player i and size k how many coalitions T of the others with
/// |T| = k lose without i but win with it (i is a swing voter) or win already without it.
/// </summary>
public sealed class CoalitionCounts
{
    internal CoalitionCounts(int players, long[] winning, long[] swings, long[] winningWithout, string method)
    {
        Players = players;
        WinningBySize = winning;
        this.swings = swings;
        this.winningWithout = winningWithout;
        Method = method;
    }

    private readonly long[] swings;
    private readonly long[] winningWithout;

    public int Players { get; }

    /// <summary>Number of winning coalitions of size k, at [k] (k = 0..n).</summary>
    public long[] WinningBySize { get; }

    /// <summary>"generating function" (dynamic programming over weights) or "enumeration".</summary>
    public string Method { get; }

    /// <summary>Coalitions T of the others, |T| = k, that lose but win when i joins.</summary>
    public long Swings(int player, int size) => swings[player * (Players + 1) + size];

    /// <summary>Coalitions T of the others, |T| = k, that already win without i.</summary>
    public long WinningWithout(int player, int size) => winningWithout[player * (Players + 1) + size];

    /// <summary>Coalitions T of the others, |T| = k, that lose with and without i.</summary>
    public long LosingEither(int player, int size) =>
        Binomial.Of(Players - 1, size) - Swings(player, size) - WinningWithout(player, size);

    public long TotalSwings(int player)
    {
        long total = 0;
        for (int k = 0; k < Players; k++) total += Swings(player, k);
        return total;
    }
}
