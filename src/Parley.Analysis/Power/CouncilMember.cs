namespace Parley.Analysis.Power;

/// <summary>A member state of the EU with its Council votes under each treaty and its population.</summary>
public sealed record CouncilMember(
    string Id,
    string Name,
    DateOnly Joined,
    int? AmsterdamVotes,
    int? TransitionalVotes,
    int NiceVotes,
    long PopulationNice100k,
    long Population2016);
