namespace Parley.Models.ExpectedUtility;

/// <summary>
/// Every setting of the expected-utility model: the round cap, Q and T, and one switch for each point
/// where the open replications differ (D1–D14 in docs/models/expected-utility.md). The defaults are
/// the <c>parley</c> preset: Bueno de Mesquita's stated method with the replications' bugs fixed.
/// </summary>
public sealed record ExpectedUtilityOptions
{
    /// <summary>The preset these options started from (for reports).</summary>
    public string Preset { get; init; } = "parley";

    /// <summary>Round cap (D12). Every replication runs 10.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>Probability that the status quo persists when i does not challenge (Scholz's runs: 1).</summary>
    public double Q { get; init; } = 1.0;

    /// <summary>Probability that things improve for i when nobody challenges; matters only when Q &lt; 1.</summary>
    public double T { get; init; } = 0.5;

    public RangeRule Range { get; init; } = RangeRule.InitialSpread;

    /// <summary>Lower end of the range for <see cref="RangeRule.Explicit"/>.</summary>
    public double RangeMin { get; init; } = double.NaN;

    /// <summary>Upper end of the range for <see cref="RangeRule.Explicit"/>.</summary>
    public double RangeMax { get; init; } = double.NaN;

    /// <summary>μ of the risk pass and the median reported after each round (D2, D13).</summary>
    public MedianRule Median { get; init; } = MedianRule.WeightedMedian;

    /// <summary>μ of the offer pass, when it differs from <see cref="Median"/> (dmasad: weighted mean).</summary>
    public MedianRule? OfferPassMedian { get; init; }

    public ProbabilityRule Probability { get; init; } = ProbabilityRule.PairNormalised;

    public StatusQuoTerm StatusQuoTerm { get; init; } = StatusQuoTerm.Full;

    public ImprovementRule Improvement { get; init; } = ImprovementRule.Fixed;

    public Perspective Perspective { get; init; } = Perspective.Viewer;

    public DegenerateRisk DegenerateRisk { get; init; } = DegenerateRisk.Neutral;

    /// <summary>D8: whether a coerced actor that loses more than the proposer gains gives in fully (jmckib: never, a typo).</summary>
    public bool CapitulationFires { get; init; } = true;

    public CompromisePoint CompromisePoint { get; init; } = CompromisePoint.Proportional;

    public OfferChoice OfferChoice { get; init; } = OfferChoice.LeastMove;

    /// <summary>
    /// D11: expected utilities, position differences and risk spreads smaller than this count as zero
    /// (eum: 1e-4). With a threshold, a zero E_i against a positive E_j is a compromise, as in eum.
    /// </summary>
    public double NearZero { get; init; }

    /// <summary>Whether two actors at the same position still evaluate offers to each other (eum, dmasad).</summary>
    public bool SamePositionContests { get; init; }

    /// <summary>D12: stop before the cap once a round changes no position by more than <see cref="MoveTolerance"/>.</summary>
    public bool StopWhenStable { get; init; } = true;

    /// <summary>Largest move, as a fraction of the range, that still counts as standing still (0: only no move at all).</summary>
    public double MoveTolerance { get; init; }

    public ActorIdentity Identity { get; init; } = ActorIdentity.ByIndex;

    /// <summary>
    /// Whether actors with capability × salience 0 take part (every replication: yes). If not, such
    /// an actor casts no vote, makes and receives no offers, stays where it is and does not count
    /// in the range or the risk scale, so it cannot change anyone's move.
    /// </summary>
    public bool WeightlessActorsBargain { get; init; }

    public OutcomeStatistic Outcome { get; init; } = OutcomeStatistic.Median;

    /// <summary>The median rule of the offer pass.</summary>
    internal MedianRule OfferMedian => OfferPassMedian ?? Median;

    /// <summary>Whether μ enters the expected utilities at all (else it is only reported).</summary>
    internal bool UsesMedian => StatusQuoTerm != StatusQuoTerm.StatusQuoOnly || Improvement == ImprovementRule.CloserToMedian;

    /// <summary>
    /// Whether the O(n² log n) sweep over sorted positions computes exactly this variant: the
    /// probability must decompose over voters by position (pair-normalised, linear votes), and μ must
    /// not need the O(n³) vote counts.
    /// </summary>
    internal bool SweepApplies =>
        Probability == ProbabilityRule.PairNormalised
        && Perspective == Perspective.Viewer
        && Median is MedianRule.WeightedMedian or MedianRule.WeightedMean
        && OfferMedian is MedianRule.WeightedMedian or MedianRule.WeightedMean
        && OfferChoice != OfferChoice.HighestProposerGain
        && Identity == ActorIdentity.ByIndex
        && !SamePositionContests;
}
