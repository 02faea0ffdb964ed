namespace Parley.Models.ExpectedUtility;

/// <summary>
/// Scholz §6: the offer receiver i gets from proposer j, read from E_i (i's expected gain from
/// challenging j) and E_j (j's expected gain from challenging i), each as the perspective rule
/// evaluates them.
/// </summary>
internal static class OfferRules
{
    /// <summary>
    /// The offer i receives from j, if any: a lost confrontation (both gain, j more), a compromise
    /// (j gains, i loses less than j gains) or a capitulation (i loses more than j gains). An exact
    /// tie |E_i| = E_j gives no offer, as in jmckib and dmasad, except under a near-zero threshold,
    /// where eum counts it (and a zero E_i) as a compromise.
    /// </summary>
    public static bool TryClassify(ExpectedUtilityOptions o, double ei, double ej, double xi, double xj, out OfferKind kind, out double position)
    {
        kind = default;
        position = xi;
        double nearZero = o.NearZero;
        double a = nearZero > 0 && Math.Abs(ei) < nearZero ? 0 : ei;
        double b = nearZero > 0 && Math.Abs(ej) < nearZero ? 0 : ej;
        if (!(b > 0)) return false;
        if (a > 0)
        {
            if (!(b > a)) return false;
            kind = OfferKind.Confrontation;
            position = xj;
            return true;
        }
        bool coerced = nearZero > 0 ? a <= 0 : a < 0;
        if (!coerced) return false;
        double loss = Math.Abs(a);
        if (loss < b || (nearZero > 0 && loss == b))
        {
            kind = OfferKind.Compromise;
            position = CompromiseAt(o.CompromisePoint, ei, ej, xi, xj);
            return true;
        }
        if (loss > b && o.CapitulationFires)
        {
            kind = OfferKind.Capitulation;
            position = xj;
            return true;
        }
        return false;
    }

    /// <summary>D9: where a compromise between receiver i and proposer j lands.</summary>
    public static double CompromiseAt(CompromisePoint rule, double ei, double ej, double xi, double xj) => rule switch
    {
        CompromisePoint.EuWeighted => (Math.Abs(ei) * xi + Math.Abs(ej) * xj) / (Math.Abs(ei) + Math.Abs(ej)),
        _ => xi + (xj - xi) * Math.Abs(ei / ej),
    };
}

/// <summary>
/// D10: picks, among the offers one receiver gets, the one it accepts. Offers may arrive in any
/// order; ties are broken explicitly, so the direct path (actor order) and the sweep path (position
/// order) choose the same offer.
/// </summary>
internal struct OfferChooser
{
    private readonly OfferChoice rule;
    private readonly double receiverPosition;
    private int bestPriority;
    private double bestKey;

    public OfferChooser(OfferChoice rule, double receiverPosition)
    {
        this.rule = rule;
        this.receiverPosition = receiverPosition;
        bestPriority = int.MaxValue;
        bestKey = double.PositiveInfinity;
        Found = false;
        Best = default;
    }

    public bool Found { get; private set; }

    public AcceptedOffer Best { get; private set; }

    public void Consider(OfferKind kind, double position, int proposer, double xProposer, double ei, double ej)
    {
        double move = Math.Abs(receiverPosition - position);
        int priority;
        double key;
        switch (rule)
        {
            case OfferChoice.ScholzPriority:
                priority = (int)kind;
                // Scholz's code ranks compromises by the E-weighted point between the two, not by the move.
                key = kind == OfferKind.Compromise
                    ? (Math.Abs(ei) * receiverPosition + Math.Abs(ej) * xProposer) / (Math.Abs(ei) + Math.Abs(ej))
                    : move;
                break;
            case OfferChoice.PriorityLeastMove:
                priority = (int)kind;
                key = move;
                break;
            default:
                priority = 0;
                key = move;
                break;
        }
        if (Found && !Better(priority, key, position, proposer, ei, ej)) return;
        Found = true;
        bestPriority = priority;
        bestKey = key;
        Best = new AcceptedOffer(kind, proposer, ei, ej, position);
    }

    private readonly bool Better(int priority, double key, double position, int proposer, double ei, double ej)
    {
        if (priority != bestPriority) return priority < bestPriority;
        if (key != bestKey) return key < bestKey;
        if (rule != OfferChoice.LeastMove) return proposer < Best.Proposer;
        // Equal moves: the more determined proposer, then the one the receiver can least resist
        // (proposers at one position tie on everything else), then the lower position; actor
        // order only between proposers identical in all of these.
        if (ej != Best.ProposerGain) return ej > Best.ProposerGain;
        if (ei != Best.ReceiverGain) return ei < Best.ReceiverGain;
        if (position != Best.Position) return position < Best.Position;
        return proposer < Best.Proposer;
    }
}
