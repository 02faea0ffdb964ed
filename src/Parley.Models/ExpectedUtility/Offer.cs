namespace Parley.Models.ExpectedUtility;

/// <summary>Why an actor moves: the three ways a challenge ends with the challenged side giving way.</summary>
public enum OfferKind
{
    /// <summary>Both sides expect to gain from a fight and the receiver expects to gain less: it loses the confrontation and moves to the proposer.</summary>
    Confrontation,

    /// <summary>The proposer expects to gain and the receiver to lose, by less than the proposer gains: it concedes part of the way.</summary>
    Compromise,

    /// <summary>The receiver expects to lose at least as much as the proposer gains: it gives in fully.</summary>
    Capitulation,
}

/// <summary>
/// The offer an actor accepted in a round: its kind, who proposed it (by actor index), the two
/// expected utilities it rested on (as the model's perspective rule evaluates them) and where the
/// receiver ends up.
/// </summary>
public readonly record struct AcceptedOffer(OfferKind Kind, int Proposer, double ReceiverGain, double ProposerGain, double Position)
{
    /// <summary>The lower-case word the replications print (<c>confrontation</c>, <c>compromise</c>, <c>capitulation</c>).</summary>
    public string KindName => Kind switch
    {
        OfferKind.Confrontation => "confrontation",
        OfferKind.Compromise => "compromise",
        _ => "capitulation",
    };
}
