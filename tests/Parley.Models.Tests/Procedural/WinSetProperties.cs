using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Models.Procedural;

namespace Parley.Models.Tests.Procedural;

/// <summary>What must hold for any actors, positions, status quo and rule.</summary>
public class WinSetProperties
{
    internal sealed record Case(double[] Positions, double[] Saliences, double StatusQuo, DecisionRule Rule)
    {
        public CompiledScenario Scenario => OneDimension.Build(Positions, StatusQuo, Rule, Saliences);

        public override string ToString() =>
            $"positions [{string.Join(", ", Positions)}], saliences [{string.Join(", ", Saliences)}], SQ {StatusQuo}, {Rule}";
    }

    private static Case Create(int seed)
    {
        var r = new Random(seed);
        int n = r.Next(1, 9);
        // Positions on a coarse grid so that ties (several actors at one point, an actor at the SQ) occur.
        double[] positions = [.. Enumerable.Range(0, n).Select(_ => r.Next(3) == 0 ? r.Next(0, 11) * 10.0 : Math.Round(r.NextDouble() * 100, 2))];
        double[] saliences = [.. Enumerable.Range(0, n).Select(_ => r.Next(6) == 0 ? 0.0 : 10 + r.Next(0, 91))];
        // A valid scenario needs weight somewhere.
        if (saliences.All(x => x == 0)) saliences[0] = 50;
        double sq = r.Next(3) == 0 ? r.Next(0, 11) * 10.0 : Math.Round(r.NextDouble() * 100, 2);
        var ids = Enumerable.Range(0, n).Select(OneDimension.Id).ToList();
        ValueList<string> Subset(int min) => ids.Where(_ => r.Next(2) == 0).Concat(ids.Take(min)).Distinct().Order(StringComparer.Ordinal).ToValueList();
        var vetoes = r.Next(3) == 0 ? Subset(0) : null;
        var rule = r.Next(4) switch
        {
            0 => new DecisionRule(DecisionRuleKind.Unanimity, MemberIds: r.Next(2) == 0 ? null : Subset(1), VetoPlayerIds: vetoes),
            1 => new DecisionRule(DecisionRuleKind.Majority, MemberIds: r.Next(2) == 0 ? null : Subset(1), VetoPlayerIds: vetoes, Threshold: r.Next(2) == 0 ? null : 0.51 + r.NextDouble() * 0.49),
            2 => Weighted(r, ids, vetoes),
            _ => new DecisionRule(DecisionRuleKind.Unsc, PermanentMemberIds: Subset(1).Take(5).ToValueList(), VetoPlayerIds: vetoes),
        };
        return new Case(positions, saliences, sq, rule);
    }

    private static DecisionRule Weighted(Random r, List<string> ids, ValueList<string>? vetoes)
    {
        var weights = ids.Select(id => new ActorWeight(id, r.Next(0, 30))).ToList();
        weights[0] = weights[0] with { Weight = 1 + weights[0].Weight };
        double total = weights.Sum(w => w.Weight);
        // Thresholds above half keep the game proper (two opposed camps cannot both win).
        double threshold = Math.Max(1, Math.Round(total * (0.5 + r.NextDouble() * 0.5) + 0.01, 2));
        return new DecisionRule(DecisionRuleKind.Weighted, VetoPlayerIds: vetoes,
            Criteria: ValueList.Of(new VoteCriterion("votes", weights.ToValueList(), Math.Min(threshold, total))));
    }

    private static Arbitrary<Case> Cases() => Gen.Choose(0, int.MaxValue).Select(Create).ToArbitrary();

    /// <summary>Whether the players who strictly prefer <paramref name="x"/> to the SQ (plus the indifferent) win.</summary>
    private static bool Passes(Case c, CoalitionRule rule, double x)
    {
        var inFavour = new bool[c.Positions.Length];
        for (int i = 0; i < inFavour.Length; i++)
        {
            inFavour[i] = c.Saliences[i] == 0 || Math.Abs(x - c.Positions[i]) < Math.Abs(c.StatusQuo - c.Positions[i]);
        }
        return rule.IsWinning(inFavour);
    }

    [Property(MaxTest = 400)]
    public Property Win_set_is_exactly_the_points_a_winning_coalition_prefers() =>
        Prop.ForAll(Cases(), c =>
        {
            var s = c.Scenario;
            var rule = CoalitionRule.For(s.Source, 0);
            var w = WinSetAnalysis.Analyse(s, 0, rule);
            for (double x = 0; x <= 100; x += 0.25)
            {
                if (x == c.StatusQuo) continue;
                bool inside = w.Range is { } range && x > range.Low && x < range.High;
                bool outside = w.Range is not { } r2 || x < r2.Low || x > r2.High;
                if (inside) Assert.True(Passes(c, rule, x), $"{x} is in the win-set {w.Range} but no winning coalition prefers it");
                if (outside) Assert.False(Passes(c, rule, x), $"{x} is outside the win-set {w.Range} but a winning coalition prefers it");
            }
        });

    [Property(MaxTest = 400)]
    public Property Win_set_lies_within_every_veto_players_acceptable_set() =>
        Prop.ForAll(Cases(), c =>
        {
            var s = c.Scenario;
            var w = WinSetAnalysis.Analyse(s, 0);
            if (w.Range is not { } range) return;
            foreach (var id in w.VetoPlayers)
            {
                int i = s.Source.ActorIndex(id);
                if (c.Saliences[i] == 0) continue;
                double mirror = 2 * c.Positions[i] - c.StatusQuo;
                Assert.InRange(range.Low, Math.Min(c.StatusQuo, mirror) - 1e-9, double.PositiveInfinity);
                Assert.InRange(range.High, double.NegativeInfinity, Math.Max(c.StatusQuo, mirror) + 1e-9);
            }
        });

    [Property(MaxTest = 400)]
    public Property Status_quo_in_the_core_means_an_empty_win_set_and_back() =>
        Prop.ForAll(Cases(), c =>
        {
            var w = WinSetAnalysis.Analyse(c.Scenario, 0);
            Assert.Equal(w.StatusQuoInCore, w.IsEmpty);
        });

    [Property(MaxTest = 400)]
    public Property Unanimity_win_set_lies_within_the_majority_win_set_of_the_same_members() =>
        Prop.ForAll(Cases(), c =>
        {
            var unanimity = WinSetAnalysis.Analyse(OneDimension.Build(c.Positions, c.StatusQuo, new DecisionRule(DecisionRuleKind.Unanimity), c.Saliences), 0);
            var majority = WinSetAnalysis.Analyse(OneDimension.Build(c.Positions, c.StatusQuo, new DecisionRule(DecisionRuleKind.Majority), c.Saliences), 0);
            if (unanimity.Range is not { } u) return;
            Assert.True(majority.Range is { } m && m.Low <= u.Low && u.High <= m.High, $"unanimity {u} not within majority {majority.Range}");
        });

    [Property(MaxTest = 400)]
    public Property Procedural_outcome_is_the_status_quo_or_a_point_of_the_win_set() =>
        Prop.ForAll(Cases(), c =>
        {
            var s = c.Scenario;
            var w = WinSetAnalysis.Analyse(s, 0);
            double outcome = new ProceduralModel().PredictDimension(s, 0);
            if (w.Range is { } range) Assert.InRange(outcome, range.Low, range.High);
            else Assert.Equal(c.StatusQuo, outcome);
        });
}
