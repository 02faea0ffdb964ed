using System.Collections.Immutable;

namespace Parley.Models.Exchange;

/// <summary>
/// One side of an executed exchange: the actor, the issue it gives ground on (supply) and the one
/// it gains on (demand), and its move on the supply issue. Positions are on the internal 0–100
/// scale (<see cref="ExchangeInput.Denormalize"/> maps them back).
/// </summary>
/// <param name="Start">Position on the supply issue when the exchange was executed.</param>
/// <param name="Voting">Position after the exchange (the voting position).</param>
/// <param name="EqualGainVoting">The voting position before the no-crossing cut.</param>
/// <param name="Target">The partner's preferred position on this supply issue.</param>
/// <param name="Eu">Expected utility gain (before the cut, as Decide reports it).</param>
/// <param name="OutcomeBefore">The exchange's view of the supply issue's outcome before this actor's move.</param>
/// <param name="OutcomeAfter">… and after it.</param>
/// <param name="Cut">Whether the move was cut back so the outcome would not pass the partner's position.</param>
public sealed record ExchangeSide(
    int Actor, int SupplyIssue, int DemandIssue,
    double Start, double Move, double Voting, double EqualGainVoting, double Target,
    double Eu, double OutcomeBefore, double OutcomeAfter, bool Cut);

/// <summary>
/// Externalities of exchanges on actors, summed by class: on actors inside the two exchanging
/// groups (inner) or outside them (outer), positive (the outcomes moved toward them) or negative,
/// and the exchanging actors' own gains.
/// </summary>
public readonly record struct Externalities(double InnerPositive, double InnerNegative, double OuterPositive, double OuterNegative, double Own)
{
    public Externalities Add(Externalities o) => new(InnerPositive + o.InnerPositive, InnerNegative + o.InnerNegative,
        OuterPositive + o.OuterPositive, OuterNegative + o.OuterNegative, Own + o.Own);
}

/// <summary>
/// An executed exchange: actor <see cref="I"/> moves on issue Q toward <see cref="J"/>, who moves
/// on issue P toward I; both gain <see cref="Gain"/> (equal-gain rule). P comes before Q in issue
/// order; <see cref="GroupsAD"/> tells whether the pair were on opposite sides of both outcomes
/// (groups a and d) or on the same side of one (b and c).
/// </summary>
public sealed record ExecutedExchange(
    int Round, int Sequence, int P, int Q, bool GroupsAD, double Gain, double Dp, double Dq,
    ExchangeSide I, ExchangeSide J, Externalities Externalities,
    ImmutableArray<double> ExternalityByActor, ImmutableArray<bool> InnerByActor);

/// <summary>One round: outcomes before and after the exchanges, counts, positions (all 0–100).</summary>
public sealed record ExchangeRound(
    int Number,
    ImmutableArray<double> PreferenceOutcome,
    ImmutableArray<double> VotingOutcome,
    int Candidates, int ValidCandidates, int Realized, int NearTies,
    ImmutableArray<double> Start,
    ImmutableArray<double> Voting,
    ImmutableArray<double> NextStart,
    ImmutableArray<Externalities> ExternalitiesByActor);

/// <summary>Everything a run of the exchange model produced, round by round.</summary>
public sealed record ExchangeRun(ExchangeInput Input, ExchangeOptions Options, ImmutableArray<ExchangeRound> Rounds, ImmutableArray<ExecutedExchange> Exchanges)
{
    /// <summary>The forecast: the last round's voting outcome per issue, on each issue's scale.</summary>
    public double Outcome(int issue) => Input.Denormalize(issue, Rounds.IsEmpty ? double.NaN : Rounds[^1].VotingOutcome[issue]);
}
