using System.Collections.Immutable;

namespace Parley.Analysis.Power;

/// <summary>
/// The Council's qualified-majority rule in one period: who the members are and the voting game
/// their votes form. <see cref="Id"/> is what <c>parley power --council</c> accepts.
/// </summary>
public sealed record CouncilRegime(string Id, string Description, DateOnly From, DateOnly? Until, ImmutableArray<CouncilMember> Members, VotingGame QualifiedMajority)
{
    public ImmutableArray<string> MemberIds => [.. Members.Select(m => m.Id)];

    /// <summary>Every member must agree (a unanimity act in the same Council).</summary>
    public VotingGame Unanimity => VotingGame.Unanimity(MemberIds);
}
