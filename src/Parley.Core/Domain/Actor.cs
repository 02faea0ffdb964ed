namespace Parley.Core;

/// <summary>
/// A stakeholder in the negotiation. <see cref="Capability"/> is its clout: only ratios between
/// actors matter. <see cref="CameoCode"/> links the actor to event data (e.g. <c>USA</c>, <c>PRK</c>).
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    double Capability,
    Interval? CapabilityRange = null,
    string? CameoCode = null,
    string? Group = null,
    ValueList<string>? SourceIds = null,
    string? Rationale = null)
{
    public ValueList<string> Sources => SourceIds ?? ValueList<string>.Empty;
}
