using System.Collections.Immutable;

namespace Parley.Models.ExpectedUtility;

/// <summary>How an actor reads its relationship with another (Bueno de Mesquita's quadrants).</summary>
public enum Relationship
{
    /// <summary>Neither expects to gain from a challenge: nothing happens.</summary>
    StatusQuo,

    /// <summary>Both expect to gain from challenging the other: a fight, won by the one expecting more.</summary>
    Confrontation,

    /// <summary>One expects to gain and the other to lose less than that: the loser concedes part of the way.</summary>
    Compromise,

    /// <summary>One expects to gain and the other to lose more than that: the loser gives in.</summary>
    Capitulation,
}

/// <summary>Who gets its way in a relationship, from the viewing actor's side.</summary>
public enum Prevails
{
    Neither,

    /// <summary>The viewing actor.</summary>
    Self,

    /// <summary>The other actor of the pair.</summary>
    Other,
}

/// <summary>
/// One actor's view of its relationship with another: the kind, who prevails, and the two expected
/// utilities it rests on as this actor perceives them — its own gain from challenging the other and
/// the other's gain from challenging it.
/// </summary>
public readonly record struct DyadPerception(Relationship Relationship, Prevails Prevails, double OwnGain, double OtherGain)
{
    /// <summary>Plain words from the viewer's side ("compromises", "compels", "wins conflict").</summary>
    public string Describe() => (Relationship, Prevails) switch
    {
        (Relationship.Confrontation, Prevails.Self) => "wins conflict",
        (Relationship.Confrontation, Prevails.Other) => "loses conflict",
        (Relationship.Confrontation, _) => "stalemate",
        (Relationship.Compromise, Prevails.Self) => "gains compromise",
        (Relationship.Compromise, _) => "compromises",
        (Relationship.Capitulation, Prevails.Self) => "compels",
        (Relationship.Capitulation, _) => "capitulates",
        _ => "status quo",
    };

    /// <summary>Whether <paramref name="other"/> (the other actor's view of the same pair) tells the same story.</summary>
    public bool Matches(DyadPerception other) =>
        Relationship == other.Relationship && Prevails == Mirror(other.Prevails);

    /// <summary>The octant of (own gain, other's gain), with gains below <paramref name="nearZero"/> counted as zero.</summary>
    public static DyadPerception Classify(double ownGain, double otherGain, double nearZero)
    {
        double a = Math.Abs(ownGain) < nearZero ? 0 : ownGain;
        double b = Math.Abs(otherGain) < nearZero ? 0 : otherGain;
        if (a > 0 && b > 0)
        {
            var winner = a > b ? Prevails.Self : b > a ? Prevails.Other : Prevails.Neither;
            return new(Relationship.Confrontation, winner, ownGain, otherGain);
        }
        if (b > 0) return new(Math.Abs(a) > b ? Relationship.Capitulation : Relationship.Compromise, Prevails.Other, ownGain, otherGain);
        if (a > 0) return new(Math.Abs(b) > a ? Relationship.Capitulation : Relationship.Compromise, Prevails.Self, ownGain, otherGain);
        return new(Relationship.StatusQuo, Prevails.Neither, ownGain, otherGain);
    }

    private static Prevails Mirror(Prevails p) => p switch
    {
        Prevails.Self => Prevails.Other,
        Prevails.Other => Prevails.Self,
        _ => Prevails.Neither,
    };
}

/// <summary>
/// The dyadic perception matrix at the start of one round: for every ordered pair (actor, other),
/// the actor's reading of the relationship, computed with the risk exponents and perspective rule
/// the model bargains with in that round. Where two actors read their relationship differently the
/// model expects talks that go nowhere — its version of "constructive but inconclusive".
/// </summary>
public sealed class PerceptionMatrix
{
    private readonly DyadPerception[] cells;

    internal PerceptionMatrix(int round, ImmutableArray<double> positions, ImmutableArray<double> riskExponents, double median, DyadPerception[] cells)
    {
        Round = round;
        Positions = positions;
        RiskExponents = riskExponents;
        Median = median;
        this.cells = cells;
    }

    /// <summary>The round whose start this describes (1 = the input positions).</summary>
    public int Round { get; }

    public int Count => Positions.Length;

    public ImmutableArray<double> Positions { get; }

    public ImmutableArray<double> RiskExponents { get; }

    /// <summary>μ as the model uses it in this round's offers.</summary>
    public double Median { get; }

    /// <summary><paramref name="actor"/>'s view of its relationship with <paramref name="other"/>; the diagonal is status quo.</summary>
    public DyadPerception this[int actor, int other] => cells[actor * Count + other];

    /// <summary>Whether the two actors of a pair read their relationship the same way.</summary>
    public bool Agree(int a, int b) => this[a, b].Matches(this[b, a]);
}
