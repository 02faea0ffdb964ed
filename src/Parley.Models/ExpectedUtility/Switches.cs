namespace Parley.Models.ExpectedUtility;

// The points where the open replications of Bueno de Mesquita's model read the method differently
// (D1–D14 of the design note). Every enum member names the replication that uses it, so a reader
// can map a preset back to the code it reproduces. docs/models/expected-utility.md explains each.

/// <summary>D1: how the range Δ that normalises distances is taken.</summary>
public enum RangeRule
{
    /// <summary>Max − min of the initial positions, fixed for the run (jmckib, eum, Parley).</summary>
    InitialSpread,

    /// <summary>A range the user states (dmasad's xmin/xmax).</summary>
    Explicit,

    /// <summary>Max − min of the positions at the start of each round (minimalgeek).</summary>
    CurrentSpread,
}

/// <summary>D2/D13: how the median voter position μ is found.</summary>
public enum MedianRule
{
    /// <summary>The capability × salience weighted median, midpoint on an exact half split (Parley).</summary>
    WeightedMedian,

    /// <summary>"King of the hill": walk the distinct positions, keep a challenger that wins the weighted pairwise vote (jmckib).</summary>
    PairwiseSequential,

    /// <summary>The winner of the single largest pairwise vote margin (dmasad's <c>vote()</c>).</summary>
    LargestMargin,

    /// <summary>The position with the largest vote total against all positions (eum).</summary>
    VoteTotal,

    /// <summary>The capability × salience weighted mean (dmasad's second pass).</summary>
    WeightedMean,
}

/// <summary>D3: the probability P_ij that i beats j in a contest.</summary>
public enum ProbabilityRule
{
    /// <summary>Votes for i over the votes of all actors in this pair; P_ij + P_ji = 1 (BDM's intent, Parley).</summary>
    PairNormalised,

    /// <summary>max(0, net vote for i) over the absolute votes, linear distances (dmasad).</summary>
    NetLinear,

    /// <summary>Votes for i with each voter's own risk exponent over the votes of every voter on every pair of actors (jmckib, "faithful to Scholz' code").</summary>
    AllTriples,

    /// <summary>Votes of the voters whose risk-adjusted, unnormalised utility prefers i, over all absolute votes (eum).</summary>
    PositiveVotes,
}

/// <summary>D4: the terms subtracted for not challenging.</summary>
public enum StatusQuoTerm
{
    /// <summary>− Q·U_sq − (1 − Q)·[T·U_b + (1 − T)·U_w] (Scholz eq. 25; eum, Parley).</summary>
    Full,

    /// <summary>− Q·U_sq only; the (1 − Q) term is dropped (jmckib).</summary>
    StatusQuoOnly,

    /// <summary>− Q·U_sq + (1 − Q)·[…]: the sign slip of dmasad's code (no effect at Q = 1).</summary>
    SignFlipped,
}

/// <summary>D4: the probability T that things improve for i when nobody challenges.</summary>
public enum ImprovementRule
{
    /// <summary>The fixed value T (dmasad, Parley).</summary>
    Fixed,

    /// <summary>T_ij = 1 if i is nearer the median than j, else 0 (Eftekhari 2014; eum).</summary>
    CloserToMedian,
}

/// <summary>D5: whose risk exponent (and point of view) each side's expected utility takes.</summary>
public enum Perspective
{
    /// <summary>Both E_i and E_j as the receiving actor i sees them, with r_i (BDM's perceptual reading; jmckib, Parley).</summary>
    Viewer,

    /// <summary>Each side's own: E_i with r_i, E_j with r_j (dmasad).</summary>
    Own,

    /// <summary>E_j is "the utility to j if i challenges j": r_j, j's salience, i's distance to μ (eum).</summary>
    MirroredTarget,
}

/// <summary>D7: what happens when every actor's risk exposure is the same (max = min).</summary>
public enum DegenerateRisk
{
    /// <summary>The run stops, reported as such (jmckib and dmasad raise ZeroDivisionError).</summary>
    Stop,

    /// <summary>Every actor is risk-neutral, r = 1 (Parley).</summary>
    Neutral,

    /// <summary>r = 0, which makes every utility −2 (eum).</summary>
    ZeroExponent,
}

/// <summary>D9: where a compromise lands.</summary>
public enum CompromisePoint
{
    /// <summary>x_i + (x_j − x_i)·|E_i / E_j| (Scholz; jmckib, dmasad, Parley).</summary>
    Proportional,

    /// <summary>(|E_i|·x_i + |E_j|·x_j) / (|E_i| + |E_j|) (eum).</summary>
    EuWeighted,
}

/// <summary>D10: which of several offers an actor accepts.</summary>
public enum OfferChoice
{
    /// <summary>The offer that asks for the least movement, whatever its kind (BDM, Scholz §6.2; Parley).</summary>
    LeastMove,

    /// <summary>Confrontation losses first (least move), else the compromise with the lowest E-weighted point, else capitulations (jmckib, kept from Scholz's code).</summary>
    ScholzPriority,

    /// <summary>Confrontation, then compromise, then capitulation; least move within the kind (eum).</summary>
    PriorityLeastMove,

    /// <summary>The offer whose sender expects most from it (ties: nearest), then resolved with the receiver's own E (dmasad).</summary>
    HighestProposerGain,
}

/// <summary>D14: how actors are told apart.</summary>
public enum ActorIdentity
{
    /// <summary>By row; duplicate names are different actors (jmckib, eum, Parley).</summary>
    ByIndex,

    /// <summary>By name: a later actor with the same name overwrites an earlier one in every lookup (dmasad's dictionaries).</summary>
    ByName,
}

/// <summary>D13: which central position is the model's forecast.</summary>
public enum OutcomeStatistic
{
    /// <summary>The median voter position after the last round (BDM).</summary>
    Median,

    /// <summary>The capability × salience weighted mean after the last round.</summary>
    Mean,
}
