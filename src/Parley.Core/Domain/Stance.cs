namespace Parley.Core;

/// <summary>
/// An actor's stance on one dimension: where it stands (<see cref="Position"/>, on the dimension's
/// scale), how much it cares (<see cref="Salience"/>, in the scenario's <see cref="SalienceScale"/>),
/// how sure the analyst is of both, and why.
/// </summary>
public sealed record Stance(
    string ActorId,
    string DimensionId,
    double Position,
    double Salience,
    Interval? PositionRange = null,
    Interval? SalienceRange = null,
    ValueList<string>? SourceIds = null,
    string? Rationale = null)
{
    public ValueList<string> Sources => SourceIds ?? ValueList<string>.Empty;
}
