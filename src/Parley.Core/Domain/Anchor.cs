namespace Parley.Core;

/// <summary>A labelled point on a dimension's scale ("0: DPRK recognised as a nuclear state").</summary>
public sealed record Anchor(double Value, string Label);
