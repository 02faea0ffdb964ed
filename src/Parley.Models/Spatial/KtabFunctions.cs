using System.Runtime.CompilerServices;

namespace Parley.Models.Spatial;

/// <summary>
/// The scalar building blocks of KTAB's SMP (spec §5.1–5.5), written in KTAB's operation order so
/// that results agree to the last bit: utility, votes, victory probabilities, risk attitudes.
/// </summary>
internal static class KtabFunctions
{
    /// <summary>Ramp width of the binary vote (<c>Model::vote</c> sTol).</summary>
    public const double BinaryVoteRamp = 1e-8;

    /// <summary>Initial strength of each side in a coalition (<c>Model::coalitions</c>).</summary>
    public const double MinCoalition = 1e-8;

    /// <summary>Initial strength of each principal in a challenge (<c>probEduChlg</c>).</summary>
    public const double MinChallengeStrength = 1e-10;

    /// <summary>Smallest expected gain worth a challenge (<c>bestChallenge</c>).</summary>
    public const double MinSignificantGain = 1e-5;

    /// <summary>
    /// <c>bsUtil</c>: utility of a point at salience-weighted distance <paramref name="d"/> for an
    /// actor with risk attitude <paramref name="r"/> (0 neutral, 1 averse, negative acceptant).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Utility(double d, double r) => d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);

    /// <summary><c>Model::vote</c>: the vote of weight <paramref name="w"/> for option a over b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(VotingRule rule, double w, double ua, double ub)
    {
        double du = ua - ub;
        switch (rule)
        {
            case VotingRule.Prop:
                return w * du;
            case VotingRule.Binary:
                return w * BinaryResponse(du);
            case VotingRule.PropBin:
                return w * ((1 - 0.2) * du + 0.2 * BinaryResponse(du));
            case VotingRule.PropCbc:
                return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
            case VotingRule.Cubic:
                return w * (du * du * du);
            case VotingRule.ASymProsp:
                if (du < 0.0) return w * du;
                if (0.0 < du) return (2.0 * w * du) / 3.0;
                return 0.0;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double BinaryResponse(double du)
    {
        double r = du / BinaryVoteRamp;
        r = r > +1 ? +1 : r;
        r = r < -1 ? -1 : r;
        return r;
    }

    /// <summary><c>Model::vProb</c>: probabilities that side 1 and side 2 win, from their strengths.</summary>
    public static (double P1, double P2) VictoryProbability(VictoryProbModel model, double s1, double s2)
    {
        double x1, x2;
        switch (model)
        {
            case VictoryProbModel.Linear:
                x1 = s1;
                x2 = s2;
                break;
            case VictoryProbModel.Square:
                x1 = s1 * s1;
                x2 = s2 * s2;
                break;
            case VictoryProbModel.Quartic:
                x1 = s1 * s1 * s1 * s1;
                x2 = s2 * s2 * s2 * s2;
                break;
            case VictoryProbModel.Octic:
                x1 = s1 * s1 * s1 * s1;
                x1 *= x1;
                x2 = s2 * s2 * s2 * s2;
                x2 *= x2;
                break;
            case VictoryProbModel.Binary:
                // A 10 % advantage decides; in between, a linear ramp avoids round-off jumps.
                const double threshold = 1.10;
                const double floor = 1e-6;
                if (s1 >= threshold * s2)
                {
                    x1 = 1.0;
                    x2 = floor;
                }
                else if (s2 >= threshold * s1)
                {
                    x1 = floor;
                    x2 = 1.0;
                }
                else
                {
                    double r12 = s1 / (s1 + s2);
                    double p12 = (r12 * (threshold + 1.0) - 1.0) / (threshold - 1.0);
                    x1 = p12;
                    x2 = 1 - p12;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
        return (x1 / (x1 + x2), x2 / (x1 + x2));
    }

    /// <summary><c>Model::estNRA</c>: h's estimate of i's risk attitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EstimatedRisk(BigRAdjust adjust, double rh, double ri) => adjust switch
    {
        BigRAdjust.Full => ri,
        BigRAdjust.TwoThirds => (rh + (2.0 * ri)) / 3.0,
        BigRAdjust.Half => (rh + ri) / 2,
        BigRAdjust.OneThird => ((2.0 * rh) + ri) / 3.0,
        BigRAdjust.None => rh,
        _ => throw new ArgumentOutOfRangeException(nameof(adjust)),
    };

    /// <summary>
    /// <c>Model::bigRfromProb</c>: risk attitudes from the probabilities of the actors' positions;
    /// the holder of the most likely position becomes the most risk-averse. Returns false when all
    /// probabilities are equal (KTAB divides by zero there).
    /// </summary>
    public static bool RiskAttitudes(BigRRange range, ReadOnlySpan<double> p, Span<double> r)
    {
        double pMin = 1.0, pMax = 0.0;
        foreach (double pi in p)
        {
            pMin = (pi < pMin) ? pi : pMin;
            pMax = (pi > pMax) ? pi : pMax;
        }
        for (int i = 0; i < p.Length; i++)
        {
            r[i] = range switch
            {
                BigRRange.Min => (p[i] - pMin) / (pMax - pMin),
                BigRRange.Mid => (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin)),
                BigRRange.Max => (2 * p[i] - (pMax + pMin)) / (pMax - pMin),
                _ => throw new ArgumentOutOfRangeException(nameof(range)),
            };
        }
        return pMax != pMin;
    }

    /// <summary>KTAB's <c>round4</c>: to the nearest 1e-4 (toward zero after adding 0.5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Round4(double z) => (double)(int)(0.5 + z * 10000.0) / 10000.0;

    /// <summary>
    /// <c>SMPModel::bvDiff</c>: salience-weighted distance from <paramref name="from"/> to
    /// <paramref name="to"/> with weights <paramref name="salience"/>; <paramref name="salienceSquares"/>
    /// is Σ s², and 0 when the actor cares about nothing (then every point is at distance 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Distance(ReadOnlySpan<double> from, ReadOnlySpan<double> to, ReadOnlySpan<double> salience, double salienceSquares)
    {
        double sum = 0;
        for (int k = 0; k < from.Length; k++)
        {
            double ds = (from[k] - to[k]) * salience[k];
            sum += ds * ds;
        }
        return salienceSquares > 0 ? Math.Sqrt(sum / salienceSquares) : 0;
    }
}
