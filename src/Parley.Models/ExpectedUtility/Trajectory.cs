using System.Collections.Immutable;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The state after one round on one dimension (round 0 is the input): every actor's position and
/// the risk exponent it bargained with, the offer each accepted (null: it did not move), the median
/// by the run's median rule, the weighted median and the weighted mean. Actors by index.
/// </summary>
public sealed record ExpectedUtilityRound(
    int Number,
    ImmutableArray<double> Positions,
    ImmutableArray<double> RiskExponents,
    ImmutableArray<AcceptedOffer?> Offers,
    double Median,
    double WeightedMedian,
    double Mean)
{
    public int Moves
    {
        get
        {
            int count = 0;
            foreach (var offer in Offers) if (offer is not null) count++;
            return count;
        }
    }
}

/// <summary>Why a run ended.</summary>
public enum StopKind
{
    /// <summary>The round cap was reached.</summary>
    RoundCap,

    /// <summary>A round in which no actor moved (more than the tolerance).</summary>
    Stable,

    /// <summary>All risk exposures equal and the options say stop (where jmckib and dmasad crash).</summary>
    DegenerateRisk,

    /// <summary>The positions have no spread, so distances cannot be normalised.</summary>
    NoSpread,
}

/// <summary>How and after which round a run ended, in words a report can quote.</summary>
public sealed record StopReason(StopKind Kind, int Round, string Message);

/// <summary>A whole run on one dimension: the options, the range Δ used, every round and why it stopped.</summary>
public sealed record ExpectedUtilityTrajectory(
    ExpectedUtilityOptions Options,
    double Range,
    ImmutableArray<ExpectedUtilityRound> Rounds,
    StopReason Stop)
{
    public ExpectedUtilityRound Final => Rounds[^1];

    /// <summary>The forecast: the final median or mean, as the options choose.</summary>
    public double Outcome => Options.Outcome == OutcomeStatistic.Mean ? Final.Mean : Final.Median;
}
