using System.Collections.Immutable;

namespace Parley.Analysis.Backtest.Deu;

/// <summary>One actor's stance on a DEU issue; salience null where the dataset leaves it empty.</summary>
public sealed record DeuPosition(string Actor, double Position, double? Salience);

/// <summary>
/// One controversial issue of a legislative proposal in DEU: its procedure, voting rule,
/// introduction date, reference point (status quo), outcome and the actors' positions, all on the
/// issue's own 0–100 scale.
/// </summary>
public sealed record DeuIssue(
    string IssueId,
    string ProposalId,
    string ProposalName,
    int IssueNumber,
    string Type,
    string Council,
    string Procedure,
    string VotingRule,
    DateOnly Introduced,
    double? ReferencePoint,
    double? Outcome,
    ImmutableArray<DeuPosition> Positions)
{
    /// <summary>Member states that joined in 2004 or later (their positions mark an enlarged Council).</summary>
    public static readonly ImmutableHashSet<string> LateMembers = ["cy", "cz", "ee", "hu", "lv", "lt", "mt", "pl", "sk", "si", "bu", "ro", "cr"];

    public bool IsCodecision => Procedure == "COD";

    public bool IsUnanimity => VotingRule == "Unan";
}
