using Parley.Core;

namespace Parley.Models.Procedural;

/// <summary>
/// A scenario's <see cref="DecisionRule"/> on one dimension turned into a test on coalitions of
/// actors (by scenario actor index): is this set of actors in favour enough to change the status
/// quo? Simple games in the sense of von Neumann–Morgenstern and Shapley: monotone (adding a
/// supporter never loses), which the one-dimensional win-set computation relies on.
/// </summary>
public sealed class CoalitionRule
{
    private readonly bool[] member;
    private readonly bool[] veto;
    private readonly double[][] criterionWeights;
    private readonly double[] thresholds;
    private readonly int memberCount;
    private readonly int needed;
    private readonly int absentInFavour;

    private CoalitionRule(DecisionRule rule, Scenario scenario)
    {
        Rule = rule;
        int n = scenario.Actors.Count;
        member = new bool[n];
        veto = new bool[n];
        foreach (var id in rule.Members(scenario)) member[scenario.ActorIndex(id)] = true;
        foreach (var id in rule.DeclaredVetoPlayers(scenario)) veto[scenario.ActorIndex(id)] = true;
        memberCount = member.Count(m => m);
        var criteria = rule.WeightCriteria;
        criterionWeights = new double[criteria.Count][];
        thresholds = new double[criteria.Count];
        for (int c = 0; c < criteria.Count; c++)
        {
            criterionWeights[c] = new double[n];
            foreach (var w in criteria[c].Weights)
            {
                int i = scenario.ActorIndex(w.ActorId);
                if (i >= 0) criterionWeights[c][i] = w.Weight;
            }
            thresholds[c] = criteria[c].Threshold;
        }
        needed = rule.Kind switch
        {
            DecisionRuleKind.Majority when rule.Threshold is { } share => (int)Math.Ceiling(share * memberCount - 1e-9),
            DecisionRuleKind.Majority => memberCount / 2 + 1,
            DecisionRuleKind.Unanimity => memberCount,
            _ => 0,
        };
        // Security Council seats not held by actors of the scenario vote for any change the
        // permanent members among the actors accept (docs/formats/scenario.md).
        absentInFavour = rule.Kind == DecisionRuleKind.Unsc ? Math.Max(0, DecisionRule.SecurityCouncilSeats - memberCount) : 0;
        Players = [.. Enumerable.Range(0, n).Where(i => member[i] || veto[i])];
        VetoPlayers = [.. Enumerable.Range(0, n).Where(i => veto[i])];
    }

    public DecisionRule Rule { get; }

    /// <summary>Actors whose vote or veto counts (members and veto players), by actor index.</summary>
    public int[] Players { get; }

    /// <summary>Actors every winning coalition must hold, by the rule itself, by actor index.</summary>
    public int[] VetoPlayers { get; }

    public bool IsPlayer(int actor) => member[actor] || veto[actor];

    public bool IsVetoPlayer(int actor) => veto[actor];

    public static CoalitionRule Compile(DecisionRule rule, Scenario scenario) => new(rule, scenario);

    /// <summary>The rule on dimension <paramref name="dimension"/> of <paramref name="scenario"/>.</summary>
    public static CoalitionRule For(Scenario scenario, int dimension) => new(scenario.RuleFor(dimension), scenario);

    /// <summary>Whether the actors with <c>inFavour[i]</c> set form a winning coalition.</summary>
    public bool IsWinning(ReadOnlySpan<bool> inFavour)
    {
        foreach (int v in VetoPlayers)
        {
            if (!inFavour[v]) return false;
        }
        int count = 0;
        for (int i = 0; i < member.Length; i++)
        {
            if (member[i] && inFavour[i]) count++;
        }
        switch (Rule.Kind)
        {
            case DecisionRuleKind.Unanimity:
            case DecisionRuleKind.Majority:
                return count >= needed;
            case DecisionRuleKind.Unsc:
                return count + absentInFavour >= DecisionRule.SecurityCouncilVotesNeeded;
            default:
                if (Rule.WinsWithMembers is { } enough && count >= enough) return true;
                if (count < (Rule.MinimumMembers ?? 0)) return false;
                for (int c = 0; c < thresholds.Length; c++)
                {
                    double sum = 0;
                    var weights = criterionWeights[c];
                    for (int i = 0; i < weights.Length; i++)
                    {
                        if (member[i] && inFavour[i]) sum += weights[i];
                    }
                    // Relative tolerance: shares written with rounding (62 % of population) must still reach the quota.
                    if (sum < thresholds[c] * (1 - 1e-12)) return false;
                }
                return true;
        }
    }
}
