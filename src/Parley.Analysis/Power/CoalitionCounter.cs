using System.Numerics;

namespace Parley.Analysis.Power;

/// <summary>
/// Counts the coalitions of a voting game exactly. A game with one weighted criterion whose table
/// (players × total weight) is small goes through the generating function of the weights
/// (dynamic programming over coalition size and weight, one pass for all players, then one
/// polynomial division per player); anything else with at most
/// <see cref="MaxEnumeratedPlayers"/> players is enumerated coalition by coalition in Gray-code
/// order, split over the cores. Both give integer counts, so results do not depend on the
/// number of threads.
/// </summary>
public static class CoalitionCounter
{
    public const int MaxEnumeratedPlayers = 30;

    /// <summary>Largest (players + 1) × (total weight + 1) table the generating function may use.</summary>
    public const long MaxTableCells = 8_000_000;

    public static bool CanCount(VotingGame game) => UsesGeneratingFunction(game) || game.Count <= MaxEnumeratedPlayers;

    public static bool UsesGeneratingFunction(VotingGame game) =>
        game.Criteria.Length == 1 && (game.Count + 1L) * (game.Criteria[0].Total + 1L) <= MaxTableCells;

    public static CoalitionCounts Count(VotingGame game, CancellationToken cancellationToken = default)
    {
        if (UsesGeneratingFunction(game)) return GeneratingFunction(game, cancellationToken);
        if (game.Count <= MaxEnumeratedPlayers) return Enumerate(game, cancellationToken);
        throw new ArgumentException($"{game.Count} players with {game.Criteria.Length} criteria: too large for exact counting", nameof(game));
    }

    internal static CoalitionCounts GeneratingFunction(VotingGame game, CancellationToken cancellationToken = default)
    {
        int n = game.Count;
        var weights = game.Criteria[0].Weights;
        int total = checked((int)game.Criteria[0].Total);
        int width = total + 1;
        // all[k * width + w]: coalitions of all players with k members and weight w.
        var all = new long[(n + 1) * width];
        all[0] = 1;
        int reached = 0;
        for (int j = 0; j < n; j++)
        {
            int wj = (int)weights[j];
            reached += wj;
            for (int k = j + 1; k >= 1; k--)
            {
                int row = k * width, below = (k - 1) * width;
                for (int w = reached; w >= wj; w--) all[row + w] += all[below + w - wj];
            }
        }

        var winning = new long[n + 1];
        Span<long> sums = stackalloc long[1];
        for (int k = 0; k <= n; k++)
        {
            for (int w = 0; w <= total; w++)
            {
                long count = all[k * width + w];
                if (count == 0) continue;
                sums[0] = w;
                if (game.IsWinning(k, sums)) winning[k] += count;
            }
        }

        var swings = new long[n * (n + 1)];
        var winningWithout = new long[n * (n + 1)];
        var others = new long[n * width];
        Span<long> after = stackalloc long[1];
        for (int i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int wi = (int)weights[i];
            // Dividing the generating function by (1 + x·y^wi) leaves the coalitions without i.
            Array.Clear(others);
            for (int k = 0; k < n; k++)
            {
                int row = k * width, below = (k - 1) * width;
                for (int w = 0; w <= total; w++)
                {
                    long value = all[row + w];
                    if (k > 0 && w >= wi) value -= others[below + w - wi];
                    others[row + w] = value;
                }
            }
            for (int k = 0; k < n; k++)
            {
                for (int w = 0; w <= total; w++)
                {
                    long count = others[k * width + w];
                    if (count == 0) continue;
                    sums[0] = w;
                    after[0] = w + wi;
                    bool withoutWins = game.IsWinning(k, sums);
                    bool withWins = game.IsWinning(k + 1, after);
                    if (withoutWins) winningWithout[i * (n + 1) + k] += count;
                    else if (withWins) swings[i * (n + 1) + k] += count;
                }
            }
        }
        return new CoalitionCounts(n, winning, swings, winningWithout, "generating function");
    }

    internal static CoalitionCounts Enumerate(VotingGame game, CancellationToken cancellationToken = default)
    {
        int n = game.Count;
        int criteria = game.Criteria.Length;
        var weights = new long[criteria * n];
        for (int c = 0; c < criteria; c++)
        {
            for (int i = 0; i < n; i++) weights[c * n + i] = game.Criteria[c].Weights[i];
        }
        // The top bits pick a chunk, the low bits run in Gray-code order inside it.
        int topBits = Math.Min(n, 8);
        int lowBits = n - topBits;
        var winning = new long[n + 1];
        var swings = new long[n * (n + 1)];
        var winningWith = new long[n * (n + 1)];
        var gate = new object();

        Parallel.For(0, 1 << topBits, new ParallelOptions { CancellationToken = cancellationToken },
            () => new Tally(n),
            (chunk, _, tally) =>
            {
                EnumerateChunk(game, weights, criteria, n, lowBits, (ulong)chunk << lowBits, tally);
                return tally;
            },
            tally =>
            {
                lock (gate) tally.AddTo(winning, swings, winningWith);
            });

        // Coalitions of the others that win without i = winning coalitions of that size minus those containing i.
        var winningWithout = new long[n * (n + 1)];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < n; k++) winningWithout[i * (n + 1) + k] = winning[k] - winningWith[i * (n + 1) + k];
        }
        return new CoalitionCounts(n, winning, swings, winningWithout, "enumeration");
    }

    private static void EnumerateChunk(VotingGame game, long[] weights, int criteria, int n, int lowBits, ulong top, Tally tally)
    {
        // The rule is inlined here: this loop runs 2^n times.
        Span<long> quota = stackalloc long[criteria];
        for (int c = 0; c < criteria; c++) quota[c] = game.Criteria[c].Quota;
        int minimum = game.MinimumMembers;
        int enough = game.WinsWithMembers ?? int.MaxValue;
        Span<long> sums = stackalloc long[criteria];
        ulong coalition = top;
        int members = BitOperations.PopCount(top);
        for (int c = 0; c < criteria; c++)
        {
            long s = 0;
            for (int i = lowBits; i < n; i++)
            {
                if ((top >> i & 1) != 0) s += weights[c * n + i];
            }
            sums[c] = s;
        }
        long[] winning = tally.Winning, swings = tally.Swings, winningWith = tally.WinningWith;
        int stride = n + 1;
        ulong steps = 1UL << lowBits;
        for (ulong t = 0; t < steps; t++)
        {
            if (t > 0)
            {
                int bit = BitOperations.TrailingZeroCount(t);
                ulong mask = 1UL << bit;
                coalition ^= mask;
                if ((coalition & mask) != 0)
                {
                    members++;
                    for (int c = 0; c < criteria; c++) sums[c] += weights[c * n + bit];
                }
                else
                {
                    members--;
                    for (int c = 0; c < criteria; c++) sums[c] -= weights[c * n + bit];
                }
            }
            bool wins = members >= enough;
            if (!wins && members >= minimum)
            {
                wins = true;
                for (int c = 0; c < criteria; c++)
                {
                    if (sums[c] < quota[c]) { wins = false; break; }
                }
            }
            if (!wins) continue;
            winning[members]++;
            // Without one member the coalition still wins if it keeps enough members for the
            // blocking clause, or keeps the member minimum and every quota.
            bool stillEnough = members - 1 >= enough;
            bool keepsMinimum = members - 1 >= minimum;
            ulong rest = coalition;
            while (rest != 0)
            {
                int i = BitOperations.TrailingZeroCount(rest);
                rest &= rest - 1;
                winningWith[i * stride + members]++;
                if (stillEnough) continue;
                bool loses = !keepsMinimum;
                for (int c = 0; c < criteria && !loses; c++) loses = sums[c] - weights[c * n + i] < quota[c];
                if (loses) swings[i * stride + members - 1]++;
            }
        }
    }

    private sealed class Tally(int n)
    {
        public long[] Winning { get; } = new long[n + 1];

        public long[] Swings { get; } = new long[n * (n + 1)];

        public long[] WinningWith { get; } = new long[n * (n + 1)];

        public void AddTo(long[] winning, long[] swings, long[] winningWith)
        {
            for (int k = 0; k < Winning.Length; k++) winning[k] += Winning[k];
            for (int j = 0; j < Swings.Length; j++)
            {
                swings[j] += Swings[j];
                winningWith[j] += WinningWith[j];
            }
        }
    }
}
