using System.Collections.Immutable;

namespace Parley.Analysis.Backtest.Deu;

/// <summary>The DEU issues and the GDP row shipped with them.</summary>
public sealed class DeuDataset
{
    private readonly Dictionary<string, ImmutableHashSet<string>> proposalActors;

    public DeuDataset(ImmutableArray<DeuIssue> issues, ImmutableDictionary<string, double> gdp, string directory)
    {
        Issues = issues;
        Gdp = gdp;
        Directory = directory;
        proposalActors = issues.GroupBy(i => i.ProposalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(i => i.Positions.Select(p => p.Actor)).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public ImmutableArray<DeuIssue> Issues { get; }

    /// <summary>GDP per actor (blksv's row; Commission and Parliament given Germany's value).</summary>
    public ImmutableDictionary<string, double> Gdp { get; }

    public string Directory { get; }

    /// <summary>Issues with a known outcome: the ones a backtest scores.</summary>
    public ImmutableArray<DeuIssue> Scored => [.. Issues.Where(i => i.Outcome is not null)];

    /// <summary>
    /// DEU wave of an issue's proposal: "III" if introduced in 2012 or later (new in DEU III),
    /// "II" if some issue of the proposal has a position of a member that joined in 2004 or later,
    /// otherwise "I" (the EU-15 proposals first coded in DEU I and revised in DEU II).
    /// </summary>
    public string Wave(DeuIssue issue)
    {
        if (issue.Introduced.Year >= 2012) return "III";
        return ProposalActors(issue.ProposalId).Overlaps(DeuIssue.LateMembers) ? "II" : "I";
    }

    /// <summary>Actors with a position on any issue of the proposal.</summary>
    public ImmutableHashSet<string> ProposalActors(string proposalId) =>
        proposalActors.TryGetValue(proposalId, out var set) ? set : [];
}
