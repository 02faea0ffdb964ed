using Parley.Events.Reference;

namespace Parley.Events.Queries;

/// <summary>Counts and Goldstein totals of a set of events (one direction of a dyad in one period, say).</summary>
public sealed class Tally
{
    private readonly long[] quads = new long[4];

    public long Count { get; private set; }

    public double GoldsteinSum { get; private set; }

    /// <summary>Events that carry a Goldstein score (all imported events do).</summary>
    public long Scored { get; private set; }

    /// <summary>The average tone of the events (Goldstein sum / scored events); null without events.</summary>
    public double? GoldsteinMean => Scored == 0 ? null : GoldsteinSum / Scored;

    public long Quad(QuadClass quad) => quads[(int)quad - 1];

    public void Add(QuadClass? quad, long count, double goldsteinSum, long scored)
    {
        Count += count;
        GoldsteinSum += goldsteinSum;
        Scored += scored;
        if (quad is { } q && (int)q is >= 1 and <= 4) quads[(int)q - 1] += count;
    }

    public void Add(Tally other)
    {
        Count += other.Count;
        GoldsteinSum += other.GoldsteinSum;
        Scored += other.Scored;
        for (int i = 0; i < 4; i++) quads[i] += other.quads[i];
    }
}
