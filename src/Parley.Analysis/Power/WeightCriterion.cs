using System.Collections.Immutable;

namespace Parley.Analysis.Power;

/// <summary>
/// One weighted threshold of a voting rule: a coalition meets it when the weights of its members
/// add up to at least <see cref="Quota"/> (Council votes, population in persons, seats).
/// </summary>
public sealed record WeightCriterion(string Name, ImmutableArray<long> Weights, long Quota)
{
    public long Total
    {
        get
        {
            long total = 0;
            foreach (long w in Weights) total += w;
            return total;
        }
    }
}
