namespace Parley.Analysis.Leverage;

/// <summary>The size of each nudge; the defaults are the issue's ±10 % of scale, ±20 points, ±20 %.</summary>
public sealed record LeverageOptions(
    double PositionShareOfScale = 0.10,
    double SaliencePoints = 20,
    double CapabilityShare = 0.20,
    int? Threads = null);
