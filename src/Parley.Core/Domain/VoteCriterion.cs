namespace Parley.Core;

/// <summary>
/// One criterion of a weighted decision rule: a coalition meets it when the weights of its members
/// sum to at least <see cref="Threshold"/> (an absolute weight, not a share). Nice's triple majority
/// has three criteria (votes, member states, population), Lisbon's double majority two.
/// </summary>
public sealed record VoteCriterion(string Name, ValueList<ActorWeight> Weights, double Threshold)
{
    /// <summary>The name given to the single criterion written as <c>weights</c> + <c>threshold</c>.</summary>
    public const string DefaultName = "weight";

    public double TotalWeight
    {
        get
        {
            double total = 0;
            foreach (var w in Weights) total += w.Weight;
            return total;
        }
    }

    /// <summary>The weight of <paramref name="actorId"/> (0 if it is not listed).</summary>
    public double WeightOf(string actorId)
    {
        foreach (var w in Weights)
        {
            if (string.Equals(w.ActorId, actorId, StringComparison.Ordinal)) return w.Weight;
        }
        return 0;
    }
}
