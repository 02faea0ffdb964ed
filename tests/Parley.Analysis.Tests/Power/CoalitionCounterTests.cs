using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Analysis.Power;

namespace Parley.Analysis.Tests.Power;

public sealed class CoalitionCounterTests
{
    /// <summary>Shapley–Shubik by brute force over all orderings (tiny games only).</summary>
    internal static double[] ShapleyShubikByPermutations(int n, Func<int, bool> wins)
    {
        var pivots = new double[n];
        var order = Enumerable.Range(0, n).ToArray();
        long orderings = 0;
        do
        {
            orderings++;
            int coalition = 0;
            foreach (int i in order)
            {
                bool before = wins(coalition);
                coalition |= 1 << i;
                if (!before && wins(coalition)) { pivots[i]++; break; }
            }
        }
        while (NextPermutation(order));
        return pivots.Select(p => p / orderings).ToArray();
    }

    internal static long[] SwingsByEnumeration(int n, Func<int, bool> wins)
    {
        var swings = new long[n];
        for (int s = 0; s < 1 << n; s++)
        {
            for (int i = 0; i < n; i++)
            {
                if ((s >> i & 1) == 0 && !wins(s) && wins(s | 1 << i)) swings[i]++;
            }
        }
        return swings;
    }

    private static bool NextPermutation(int[] a)
    {
        int i = a.Length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.Length - 1;
        while (a[j] <= a[i]) j--;
        (a[i], a[j]) = (a[j], a[i]);
        Array.Reverse(a, i + 1, a.Length - i - 1);
        return true;
    }

    private static Func<int, bool> Rule(VotingGame game) => s =>
    {
        int members = System.Numerics.BitOperations.PopCount((uint)s);
        var sums = game.Criteria.Select(c => Enumerable.Range(0, game.Count).Where(i => (s >> i & 1) != 0).Sum(i => c.Weights[i])).ToArray();
        return game.IsWinning(members, sums);
    };

    public static Arbitrary<(long[] Weights, int QuotaPercent, int MinMembers)> SmallGames() =>
        (from n in Gen.Choose(1, 7)
         from weights in Gen.ArrayOf(Gen.Choose(0, 12).Select(w => (long)w), n)
         from quota in Gen.Choose(1, 100)
         from min in Gen.Choose(0, n)
         select (weights, quota, min)).ToArbitrary();

    [Property(Arbitrary = [typeof(CoalitionCounterTests)], MaxTest = 200)]
    public void GeneratingFunctionAndEnumerationAgreeWithBruteForce((long[] Weights, int QuotaPercent, int MinMembers) g)
    {
        long total = g.Weights.Sum();
        if (total == 0) return;
        long quota = Math.Max(1, (total * g.QuotaPercent + 99) / 100);
        var names = g.Weights.Select((_, i) => "p" + i).ToArray();
        var game = VotingGame.Weighted(names, g.Weights, quota, g.MinMembers).Value;
        var byGf = CoalitionCounter.GeneratingFunction(game, TestContext.Current.CancellationToken);
        var byEnumeration = CoalitionCounter.Enumerate(game, TestContext.Current.CancellationToken);
        var expectedSwings = SwingsByEnumeration(game.Count, Rule(game));
        var expectedSs = ShapleyShubikByPermutations(game.Count, Rule(game));
        var power = PowerIndexCalculator.FromCounts(game.Players, byGf);
        for (int i = 0; i < game.Count; i++)
        {
            Assert.Equal(expectedSwings[i], byGf.TotalSwings(i));
            Assert.Equal(expectedSwings[i], byEnumeration.TotalSwings(i));
            for (int k = 0; k < game.Count; k++)
            {
                Assert.Equal(byGf.Swings(i, k), byEnumeration.Swings(i, k));
                Assert.Equal(byGf.WinningWithout(i, k), byEnumeration.WinningWithout(i, k));
            }
            Assert.Equal(expectedSs[i], power.ShapleyShubik[i], 12);
        }
        Assert.Equal(byGf.WinningBySize, byEnumeration.WinningBySize);
    }

    [Fact]
    public void TwoCriteriaAndTheBlockingClauseMatchBruteForce()
    {
        // A miniature Lisbon: 4 of 6 members with 65 % of the population, or all but one.
        long[] population = [80, 65, 60, 45, 10, 2];
        var names = population.Select((_, i) => "s" + i).ToArray();
        var game = VotingGame.Create(names, [new WeightCriterion("population", [.. population], 170), new WeightCriterion("votes", [3, 3, 3, 2, 1, 1], 7)],
            minimumMembers: 3, winsWithMembers: 5).Value;
        var power = PowerIndexCalculator.Compute(game, TestContext.Current.CancellationToken);
        var expectedSs = ShapleyShubikByPermutations(6, Rule(game));
        var expectedSwings = SwingsByEnumeration(6, Rule(game));
        Assert.Equal("enumeration", power.Method);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(expectedSs[i], power.ShapleyShubik[i], 12);
            Assert.Equal(expectedSwings[i], power.Swings[i]);
        }
        Assert.Equal(1.0, power.ShapleyShubik.Sum(), 12);
        Assert.Equal(1.0, power.Banzhaf.Sum(), 12);
    }

    [Fact]
    public void LegislativeGameMatchesBruteForceOverAllPlayers()
    {
        long[] votes = [4, 3, 2, 2, 1];
        var names = votes.Select((_, i) => "m" + i).ToArray();
        var council = VotingGame.Weighted(names, votes, 8).Value;
        var counts = CoalitionCounter.Count(council, TestContext.Current.CancellationToken);
        foreach (var procedure in new[] { LegislativeProcedure.Consultation, LegislativeProcedure.Codecision })
        {
            foreach (var game in new[] { council, VotingGame.Unanimity(names) })
            {
                var rule = new LegislativeRule(procedure, game);
                var power = LegislativeGamePower.Compute(rule, CoalitionCounter.Count(game, TestContext.Current.CancellationToken));
                int n = names.Length;
                Func<int, bool> wins = s =>
                {
                    int memberSet = s & ((1 << n) - 1);
                    int members = System.Numerics.BitOperations.PopCount((uint)memberSet);
                    var sums = game.Criteria.Select(c => Enumerable.Range(0, n).Where(i => (memberSet >> i & 1) != 0).Sum(i => c.Weights[i])).ToArray();
                    bool councilWins = game.IsWinning(members, sums);
                    return rule.IsWinning((s >> n & 1) != 0, (s >> (n + 1) & 1) != 0, councilWins, members == n);
                };
                var expectedSs = ShapleyShubikByPermutations(n + 2, wins);
                var expectedSwings = SwingsByEnumeration(n + 2, wins);
                for (int i = 0; i < n + 2; i++)
                {
                    Assert.Equal(expectedSs[i], power.ShapleyShubik[i], 12);
                    Assert.Equal(expectedSwings[i], power.Swings[i]);
                }
            }
        }
        Assert.NotNull(counts);
    }

    [Fact]
    public void BadGamesAreReportedNotThrown()
    {
        var result = VotingGame.Weighted(["a", "b"], [1, 2], 9);
        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Message.Contains("quota 9"));
        Assert.False(VotingGame.Weighted(["a", "a"], [1, 2], 2).Success);
        Assert.False(VotingGame.Weighted(["a", "b"], [1, -2], 1).Success);
    }
}
