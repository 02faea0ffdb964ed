namespace Parley.Core;

/// <summary>
/// A negotiation as an analyst describes it: who takes part, on which dimensions, where each stands
/// and how much each cares, with the sources behind every number. Immutable; what-if analysis builds
/// modified copies with <c>with</c> expressions.
/// </summary>
public sealed record Scenario(
    string Title,
    ValueList<Actor> Actors,
    ValueList<Dimension> Dimensions,
    ValueList<Stance> Stances,
    DateOnly? AsOf = null,
    string? Question = null,
    SalienceScale SalienceScale = SalienceScale.Percent,
    ValueList<Source>? SourceList = null,
    ModelParameters? Parameters = null,
    string? Description = null,
    ValueList<Accommodation>? AccommodationList = null,
    DecisionRule? DecisionRule = null)
{
    public ValueList<Source> Sources => SourceList ?? ValueList<Source>.Empty;

    /// <summary>The ideal-accommodation entries (empty: every ideal follows its own position).</summary>
    public ValueList<Accommodation> Accommodations => AccommodationList ?? ValueList<Accommodation>.Empty;

    public ModelParameters ModelParameters => Parameters ?? ModelParameters.Empty;

    /// <summary>
    /// The decision rule on dimension <paramref name="dimensionIndex"/>: the dimension's own, else the
    /// scenario's, else <see cref="Core.DecisionRule.Consensus"/> (unanimity of every actor).
    /// </summary>
    public DecisionRule RuleFor(int dimensionIndex) =>
        Dimensions[dimensionIndex].Rule ?? DecisionRule ?? Core.DecisionRule.Consensus;

    /// <summary>Whether any dimension carries an observed outcome (the scenario can be scored).</summary>
    public bool HasObservedOutcomes => Dimensions.Any(d => d.Observed is not null);

    public int ActorIndex(string actorId)
    {
        for (int i = 0; i < Actors.Count; i++)
        {
            if (string.Equals(Actors[i].Id, actorId, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public int DimensionIndex(string dimensionId)
    {
        for (int k = 0; k < Dimensions.Count; k++)
        {
            if (string.Equals(Dimensions[k].Id, dimensionId, StringComparison.Ordinal)) return k;
        }
        return -1;
    }

    public Stance? FindStance(string actorId, string dimensionId)
    {
        foreach (var stance in Stances)
        {
            if (stance.ActorId == actorId && stance.DimensionId == dimensionId) return stance;
        }
        return null;
    }
}
