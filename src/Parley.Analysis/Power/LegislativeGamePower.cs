using System.Collections.Immutable;

namespace Parley.Analysis.Power;

/// <summary>
/// Power indices in the legislative game of <see cref="LegislativeRule"/>: the Council's members
/// plus the Commission (<see cref="Commission"/>) and the Parliament (<see cref="Parliament"/>),
/// N = n + 2 players. Computed exactly from the Council game's coalition counts: a coalition's
/// fate depends only on which of the two institutions it holds and whether its Council part wins
/// or is unanimous.
/// </summary>
public static class LegislativeGamePower
{
    public const string Commission = "com";
    public const string Parliament = "ep";

    public static PowerIndices Compute(LegislativeRule rule, CoalitionCounts council)
    {
        int n = council.Players;
        int total = n + 2;
        var players = rule.Council.Players.Add(Commission).Add(Parliament);
        var ss = new double[total];
        var swings = new long[total];

        // Members: T ⊆ other members (size k), X ⊆ {Commission, Parliament}.
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            long count = 0;
            for (int k = 0; k < n; k++)
            {
                bool unanimousWith = k + 1 == n;
                Span<(long Count, bool Before, bool After)> classes =
                [
                    (council.LosingEither(i, k), false, false),
                    (council.Swings(i, k), false, true),
                    (council.WinningWithout(i, k), true, true),
                ];
                foreach (var (c, before, after) in classes)
                {
                    if (c == 0) continue;
                    for (int x = 0; x < 4; x++)
                    {
                        bool com = (x & 1) != 0, ep = (x & 2) != 0;
                        if (rule.IsWinning(com, ep, after, unanimousWith && after) && !rule.IsWinning(com, ep, before, false))
                        {
                            count += c;
                            sum += c * Weight(total, k + (com ? 1 : 0) + (ep ? 1 : 0));
                        }
                    }
                }
            }
            ss[i] = sum;
            swings[i] = count;
        }

        // The institutions: T ⊆ all members (size k, wins or not), the other institution in or out.
        for (int who = 0; who < 2; who++)
        {
            double sum = 0;
            long count = 0;
            for (int k = 0; k <= n; k++)
            {
                long wins = council.WinningBySize[k];
                long loses = Binomial.Of(n, k) - wins;
                bool unanimous = k == n;
                foreach (var (c, councilWins) in new[] { (wins, true), (loses, false) })
                {
                    if (c == 0) continue;
                    for (int other = 0; other < 2; other++)
                    {
                        bool with = who == 0
                            ? rule.IsWinning(true, other == 1, councilWins, unanimous && councilWins)
                            : rule.IsWinning(other == 1, true, councilWins, unanimous && councilWins);
                        bool without = who == 0
                            ? rule.IsWinning(false, other == 1, councilWins, unanimous && councilWins)
                            : rule.IsWinning(other == 1, false, councilWins, unanimous && councilWins);
                        if (with && !without)
                        {
                            count += c;
                            sum += c * Weight(total, k + other);
                        }
                    }
                }
            }
            ss[n + who] = sum;
            swings[n + who] = count;
        }
        return PowerIndexCalculator.Build(players, ss, swings, total, council.Method + " (legislative game)");
    }

    /// <summary>Share of the N! orderings in which a given coalition of size s precedes the player.</summary>
    private static double Weight(int total, int size) => 1.0 / (total * (double)Binomial.Of(total - 1, size));

    public static ImmutableDictionary<string, double> ByPlayer(PowerIndices indices, bool shapley) =>
        indices.Players.Select((p, i) => (p, v: shapley ? indices.ShapleyShubik[i] : indices.Banzhaf[i]))
            .ToImmutableDictionary(x => x.p, x => x.v, StringComparer.Ordinal);
}
