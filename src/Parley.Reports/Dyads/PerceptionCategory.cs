namespace Parley.Reports.Dyads;

/// <summary>
/// How one actor reads its relation with another on an issue, in the expected-utility tradition:
/// both expect to gain from a challenge (confrontation), one gives ground to the other
/// (compromise), one expects the other to give in outright (capitulation), or neither moves
/// (status quo).
/// </summary>
public enum PerceptionCategory
{
    /// <summary>No reading (the diagonal, or a pair the model did not assess).</summary>
    None,
    StatusQuo,
    Compromise,
    Capitulation,
    Confrontation,
}
