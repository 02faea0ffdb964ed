using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Analysis.Power;

/// <summary>
/// A simple voting game of the kind used for councils and shareholder meetings: a coalition wins
/// when it meets every weighted <see cref="Criteria"/> threshold and has at least
/// <see cref="MinimumMembers"/> members — or, whatever its weights, when it has at least
/// <see cref="WinsWithMembers"/> members (the Lisbon rule that a blocking minority needs four
/// states). Nice's triple majority (votes, states, population) and Lisbon's double majority are
/// both of this form.
/// </summary>
public sealed class VotingGame
{
    /// <summary>Exact indices are computed for at most this many players.</summary>
    public const int MaxPlayers = 62;

    private VotingGame(ImmutableArray<string> players, ImmutableArray<WeightCriterion> criteria, int minimumMembers, int? winsWithMembers)
    {
        Players = players;
        Criteria = criteria;
        MinimumMembers = minimumMembers;
        WinsWithMembers = winsWithMembers;
    }

    public ImmutableArray<string> Players { get; }

    public ImmutableArray<WeightCriterion> Criteria { get; }

    public int MinimumMembers { get; }

    public int? WinsWithMembers { get; }

    public int Count => Players.Length;

    /// <summary>Whether a coalition with <paramref name="members"/> members and these criterion sums wins.</summary>
    public bool IsWinning(int members, ReadOnlySpan<long> sums)
    {
        if (WinsWithMembers is { } enough && members >= enough) return true;
        if (members < MinimumMembers) return false;
        for (int c = 0; c < sums.Length; c++)
        {
            if (sums[c] < Criteria[c].Quota) return false;
        }
        return true;
    }

    /// <summary>The classic weighted majority game [q; w1, …, wn].</summary>
    public static ParseResult<VotingGame> Weighted(IReadOnlyList<string> players, IReadOnlyList<long> weights, long quota, int minimumMembers = 0) =>
        Create(players, [new WeightCriterion("weight", [.. weights], quota)], minimumMembers);

    /// <summary>Every player must agree.</summary>
    public static VotingGame Unanimity(IReadOnlyList<string> players) =>
        Create(players, [new WeightCriterion("members", [.. Enumerable.Repeat(1L, players.Count)], players.Count)]).Value;

    public static ParseResult<VotingGame> Create(IReadOnlyList<string> players, IReadOnlyList<WeightCriterion> criteria, int minimumMembers = 0, int? winsWithMembers = null)
    {
        var problems = new List<Problem>();
        int n = players.Count;
        if (n == 0) problems.Add(new Problem(Rules.EmptyScenario, "a voting game needs at least one player", Field: "weights"));
        if (n > MaxPlayers) problems.Add(new Problem(Rules.InvalidValue, $"{n} players; exact power indices are computed for at most {MaxPlayers}", Field: "weights"));
        if (players.Distinct(StringComparer.Ordinal).Count() != n) problems.Add(new Problem(Rules.DuplicateId, "player names must be unique", Field: "names"));
        if (criteria.Count == 0) problems.Add(new Problem(Rules.MissingField, "a voting game needs at least one weighted criterion", Field: "weights"));
        foreach (var c in criteria)
        {
            if (c.Weights.Length != n)
            {
                problems.Add(new Problem(Rules.InvalidValue, $"criterion '{c.Name}' has {c.Weights.Length} weights for {n} players", Field: c.Name));
                continue;
            }
            if (c.Weights.Any(w => w < 0)) problems.Add(new Problem(Rules.InvalidValue, $"criterion '{c.Name}': weights must be ≥ 0", Field: c.Name));
            long total = 0;
            foreach (long w in c.Weights) total = w > long.MaxValue - total ? long.MaxValue : total + w;
            if (c.Quota <= 0 || c.Quota > total)
            {
                problems.Add(new Problem(Rules.InvalidValue,
                    string.Create(CultureInfo.InvariantCulture, $"criterion '{c.Name}': quota {c.Quota} must be above 0 and at most the total weight {total}, or no coalition (or every one) wins"),
                    Field: c.Name));
            }
        }
        if (minimumMembers < 0 || minimumMembers > n) problems.Add(new Problem(Rules.InvalidValue, $"minimum members {minimumMembers} must lie between 0 and {n}", Field: "min-members"));
        if (winsWithMembers is { } w2 && (w2 < 1 || w2 > n)) problems.Add(new Problem(Rules.InvalidValue, $"'wins with members' {w2} must lie between 1 and {n}", Field: "wins-with-members"));
        return problems.Count > 0
            ? ParseResult<VotingGame>.ForProblems(problems)
            : ParseResult<VotingGame>.ForValue(new VotingGame([.. players], [.. criteria], minimumMembers, winsWithMembers));
    }
}
