namespace Parley.Core;

/// <summary>
/// A policy dimension (an issue) on which actors take positions. <see cref="StatusQuo"/> is the
/// reversion point if no agreement is reached; the Nash bargaining model needs it. <see cref="Rule"/>
/// overrides the scenario's decision rule on this dimension; <see cref="Observed"/> is what happened,
/// for scoring.
/// </summary>
public sealed record Dimension(
    string Id,
    string Label,
    Scale Scale,
    ValueList<Anchor>? Anchors = null,
    double? StatusQuo = null,
    string? Description = null,
    DecisionRule? Rule = null,
    ObservedOutcome? Observed = null)
{
    public ValueList<Anchor> AnchorPoints => Anchors ?? ValueList<Anchor>.Empty;

    /// <summary>The anchor label nearest to <paramref name="value"/>, for telling a reader what a number means.</summary>
    public Anchor? NearestAnchor(double value)
    {
        Anchor? best = null;
        double bestDistance = double.PositiveInfinity;
        foreach (var anchor in AnchorPoints)
        {
            double distance = Math.Abs(anchor.Value - value);
            if (distance < bestDistance)
            {
                best = anchor;
                bestDistance = distance;
            }
        }
        return best;
    }
}
