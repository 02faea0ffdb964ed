using System.Collections.Immutable;

namespace Parley.Models.Spatial;

/// <summary>Why a run of the Spatial Model of Politics ended.</summary>
public enum SpatialStopReason
{
    /// <summary>Movement in a round fell below 2 % of the first round's (after at least two rounds).</summary>
    Converged,

    /// <summary>The round cap was reached: the positions are cycling, not converged.</summary>
    RoundCap,
}

/// <summary>
/// A full run: every state (turn 0 = the input) and, for every round, who challenged whom, which
/// bargains were proposed and which one each actor adopted. Positions are on the model's 0–1
/// scale, actor-major (<c>[actor * DimensionCount + dimension]</c>); <see cref="SpatialModel"/>
/// converts them back to each dimension's scale.
/// </summary>
public sealed record SpatialRun(
    int ActorCount,
    int DimensionCount,
    SmpOptions Options,
    SalienceConvention SalienceConvention,
    ImmutableArray<SpatialState> States,
    ImmutableArray<SpatialRound> Rounds,
    SpatialStopReason StopReason)
{
    public SpatialState Final => States[^1];

    /// <summary>Position of <paramref name="actor"/> on <paramref name="dimension"/> (0–1) in state <paramref name="turn"/>.</summary>
    public double Position(int turn, int actor, int dimension) => States[turn].Positions[actor * DimensionCount + dimension];
}

/// <summary>
/// One state: positions, each actor's risk attitude, and the probability that the position each
/// actor holds wins a Probabilistic Condorcet Election among the distinct positions (actors on the
/// same position show the same probability, so these may sum to more than 1).
/// </summary>
public sealed record SpatialState(
    int Number,
    ImmutableArray<double> Positions,
    ImmutableArray<double> RiskAttitudes,
    ImmutableArray<double> WinProbabilities);

/// <summary>
/// What happened in one round: it turned state <see cref="Number"/> − 1 into state <see cref="Number"/>.
/// <see cref="Movement"/> is Σ_i ‖x_i(t) − x_i(t−1)‖ on the 0–1 scale; the run stops once it falls
/// below 2 % of the first round's.
/// </summary>
public sealed record SpatialRound(
    int Number,
    ImmutableArray<SpatialChallenge> Challenges,
    ImmutableArray<SpatialBargain> Bargains,
    ImmutableArray<SpatialChoice> Choices,
    double Movement);

/// <summary>
/// An actor's most profitable target (−1: none worth challenging), its own estimate of the
/// probability that it would win the contest, and its expected gain in utility.
/// </summary>
public sealed record SpatialChallenge(int Actor, int Target, double WinProbability, double ExpectedGain);

/// <summary>A proposed bargain: the points the initiator and the receiver are asked to adopt (0–1).</summary>
public sealed record SpatialBargain(int Initiator, int Receiver, ImmutableArray<double> InitiatorPoint, ImmutableArray<double> ReceiverPoint);

/// <summary>
/// The bargain an actor adopted from its queue (−1: the status quo, it stayed put), the probability
/// that bargain had in the actor's election over its queue, and the queue's size (status quo included).
/// </summary>
public sealed record SpatialChoice(int Actor, int Bargain, double Probability, int Options);
