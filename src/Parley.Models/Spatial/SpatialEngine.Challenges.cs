using System.Numerics;

namespace Parley.Models.Spatial;

/// <summary>
/// The expected gain of a challenge (spec §5.4, <c>SMPState::probEduChlg</c>) and each actor's
/// choice of target (§5.5). KTAB evaluates every perspective h, k for logging (O(N⁴)); only
/// h = k = i is needed to choose targets, which makes this O(N³).
/// </summary>
internal sealed partial class SpatialEngine
{
    private int[] target = [];
    private double[] targetWin = [];
    private double[] targetGain = [];

    private ChallengeScratch challengeScratch = null!;
    private Action<int, ChallengeScratch> chooseTarget = null!;
    private Func<ChallengeScratch> newChallengeScratch = null!;

    private void AllocateChallenges()
    {
        target = new int[n];
        targetWin = new double[n];
        targetGain = new double[n];
        challengeScratch = new ChallengeScratch(n);
        chooseTarget = ChooseTarget;
        newChallengeScratch = () => new ChallengeScratch(n);
    }

    private void ChooseTargets() => parallel.For(0, n, challengeScratch, newChallengeScratch, chooseTarget);

    /// <summary>Actor i's expected gain against every other actor, and the best target worth a challenge.</summary>
    private void ChooseTarget(int i, ChallengeScratch scratch)
    {
        var perceived = scratch.Perceived;
        var gains = scratch.Gain;
        var wins = scratch.Win;
        PerceivedRisks(i, perceived);
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (int m = 0; m < n; m++)
            {
                scratch.AgainstI[m] = U(m, i, perceived);
                scratch.OwnPosition[m] = U(m, m, perceived);
            }
            for (; j + Vector<double>.Count <= n; j += Vector<double>.Count) ChallengeBlock(i, j, scratch);
        }
        for (; j < n; j++)
        {
            if (j != i) (wins[j], gains[j]) = Challenge(i, i, j, perceived);
        }

        int best = -1;
        double bestGain = KtabFunctions.MinSignificantGain;
        for (j = 0; j < n; j++)
        {
            // Strictly greater: the lowest index wins ties, as in KTAB.
            if (j != i && gains[j] > bestGain)
            {
                best = j;
                bestGain = gains[j];
            }
        }
        target[i] = best;
        targetWin[i] = best >= 0 ? wins[best] : 0;
        targetGain[i] = best >= 0 ? bestGain : 0;
    }

    /// <summary>
    /// <see cref="Challenge"/> with k = i for the targets j0 … j0 + lanes − 1 at once, one target per
    /// lane; each lane runs the scalar sequence of operations (the lane j = i is discarded).
    /// </summary>
    private void ChallengeBlock(int i, int j0, ChallengeScratch scratch)
    {
        var rule = options.VotingRule;
        var perceived = scratch.Perceived;
        var againstI = scratch.AgainstI;
        var ownPosition = scratch.OwnPosition;
        double ri = perceived[i];
        double uii = ownPosition[i];
        var uij = VectorFunctions.Utility(new Vector<double>(distance, i * n + j0), ri);
        var uji = new Vector<double>(againstI, j0);
        var ujj = new Vector<double>(ownPosition, j0);
        var zero = Vector<double>.Zero;

        var a = VectorFunctions.Vote(rule, challengeWeight[i], new Vector<double>(uii), uij);
        var b = VectorFunctions.Vote(rule, new Vector<double>(challengeWeight, j0), uji, ujj);
        var ci = new Vector<double>(KtabFunctions.MinChallengeStrength);
        var cj = ci;
        VectorFunctions.Accumulate(a, ref ci, ref cj);
        VectorFunctions.Accumulate(b, ref ci, ref cj);
        var ci0 = ci;
        var cj0 = cj;
        var lane = new Vector<long>(scratch.LaneIndex) + new Vector<long>(j0);

        var commit = options.ThirdPartyCommit;
        bool pivotal = !options.IsKtab && commit != ThirdPartyCommit.SemiCommit;
        for (int m = 0; m < n; m++)
        {
            if (m == i) continue;
            double rm = perceived[m];
            double umi = againstI[m], umm = ownPosition[m];
            double wm = challengeWeight[m];
            var umj = VectorFunctions.Utility(new Vector<double>(distance, m * n + j0), rm);
            var e = VectorFunctions.Vote(rule, wm, new Vector<double>(umi), umj);
            var cmi = Vector.ConditionalSelect(Vector.GreaterThan(e, zero), ci0 + e, ci0);
            var cmj = Vector.ConditionalSelect(Vector.LessThan(e, zero), cj0 - e, cj0);
            var pi = cmi / (cmi + cmj);
            var pj = VectorFunctions.One - pi;
            Vector<double> joinI, joinJ;
            switch (commit)
            {
                case ThirdPartyCommit.FullCommit:
                {
                    double iii = umi + umi + umi;
                    var jjj = umj + umj + umj;
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e, new Vector<double>(iii), jjj, new Vector<double>(iii), jjj);
                    break;
                }
                case ThirdPartyCommit.NoCommit:
                {
                    double iim = umi + umi + umm;
                    var jjm = umj + umj + new Vector<double>(umm);
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e, new Vector<double>(iim), jjm, new Vector<double>(iim), jjm);
                    break;
                }
                default:
                {
                    double iim = umi + umi + umm;
                    double iii = umi + umi + umi;
                    var jjj = umj + umj + umj;
                    var jjm = umj + umj + new Vector<double>(umm);
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e, new Vector<double>(iim), jjj, new Vector<double>(iii), jjm);
                    break;
                }
            }
            var t = VectorFunctions.Vote(rule, wm, joinI, joinJ);
            // The lane whose target is m itself skips m (m is a principal there, not a third party).
            t = Vector.ConditionalSelect(Vector.Equals(lane, new Vector<long>(m)), zero, t);
            VectorFunctions.Accumulate(t, ref ci, ref cj);
        }

        var win = ci / (ci + cj);
        var lose = cj / (ci + cj);
        var statusQuo = new Vector<double>(uii) + uij;
        double victory = uii + uii;
        var defeat = uij + uij;
        var contest = win * victory + lose * defeat;
        var sj = new Vector<double>(totalSalience, j0);
        var challenge = (VectorFunctions.One - sj) * victory + sj * contest;
        (challenge - statusQuo).CopyTo(scratch.Gain, j0);
        win.CopyTo(scratch.Win, j0);
    }

    private static (Vector<double> JoinI, Vector<double> JoinJ) Expectation(bool pivotal, Vector<double> pi, Vector<double> pj,
        Vector<double> ci0, Vector<double> cj0, Vector<double> e, Vector<double> a, Vector<double> b, Vector<double> c, Vector<double> d)
    {
        if (!pivotal) return ((pi * a) + (pj * b), (pi * c) + (pj * d));
        var weight = Vector.Abs(e);
        var total = ci0 + cj0 + weight;
        var piIfJoinsI = (ci0 + weight) / total;
        var piIfJoinsJ = ci0 / total;
        return ((piIfJoinsI * a) + ((VectorFunctions.One - piIfJoinsI) * b), (piIfJoinsJ * c) + ((VectorFunctions.One - piIfJoinsJ) * d));
    }

    /// <summary>Per-thread scratch for choosing targets.</summary>
    private sealed class ChallengeScratch
    {
        public ChallengeScratch(int n)
        {
            Perceived = new double[n];
            AgainstI = new double[n];
            OwnPosition = new double[n];
            Gain = new double[n];
            Win = new double[n];
            LaneIndex = new long[Vector<long>.Count];
            for (int l = 0; l < LaneIndex.Length; l++) LaneIndex[l] = l;
        }

        public double[] Perceived { get; }

        /// <summary>U(m, i) for every m: each actor's utility of the challenger's position.</summary>
        public double[] AgainstI { get; }

        /// <summary>U(m, m): each actor's utility of its own position (not 1 once ideals drift).</summary>
        public double[] OwnPosition { get; }

        public double[] Gain { get; }

        public double[] Win { get; }

        /// <summary>0, 1, 2, …: the lane numbers.</summary>
        public long[] LaneIndex { get; }
    }

    /// <summary>KTAB's <c>probEduChlg(h, k, i, j)</c> on the current state, for tests and diagnostics.</summary>
    internal (double Win, double Gain) ProbEduChlg(int h, int k, int i, int j)
    {
        var perceived = new double[n];
        PerceivedRisks(h, perceived);
        return Challenge(k, i, j, perceived);
    }

    /// <summary>h's estimates of every actor's risk attitude: r[m] = estNRA(R_h, R_m).</summary>
    private void PerceivedRisks(int h, Span<double> perceived)
    {
        var adjust = options.BigRAdjust;
        for (int m = 0; m < n; m++) perceived[m] = KtabFunctions.EstimatedRisk(adjust, risk[h], risk[m]);
    }

    /// <summary>
    /// <c>probEduChlg(h, k, i, j)</c> from h's perspective (<paramref name="perceived"/> = h's risk
    /// estimates): the probability that i beats j, and the expected change in k's utility if i
    /// challenges j. Third parties weigh in by the utility they expect from joining either side.
    /// </summary>
    private (double Win, double Gain) Challenge(int k, int i, int j, ReadOnlySpan<double> perceived)
    {
        var rule = options.VotingRule;
        double uii = U(i, i, perceived), uij = U(i, j, perceived);
        double uji = U(j, i, perceived), ujj = U(j, j, perceived);
        double a = KtabFunctions.Vote(rule, challengeWeight[i], uii, uij);
        double b = KtabFunctions.Vote(rule, challengeWeight[j], uji, ujj);
        double ci = KtabFunctions.MinChallengeStrength, cj = KtabFunctions.MinChallengeStrength;
        if (a > 0) ci = ci + a;
        if (a < 0) cj = cj - a;
        if (b > 0) ci = ci + b;
        if (b < 0) cj = cj - b;
        double ci0 = ci, cj0 = cj;

        var commit = options.ThirdPartyCommit;
        bool pivotal = !options.IsKtab && commit != ThirdPartyCommit.SemiCommit;
        for (int m = 0; m < n; m++)
        {
            if (m == i || m == j) continue;
            double umi = U(m, i, perceived), umj = U(m, j, perceived), umm = U(m, m, perceived);
            double wm = challengeWeight[m];
            // Actor::vProbLittle: m's view of the little contest between i, j and itself.
            double e = KtabFunctions.Vote(rule, wm, umi, umj);
            double cmi = (e > 0) ? ci0 + e : ci0;
            double cmj = (e < 0) ? cj0 - e : cj0;
            double pi = cmi / (cmi + cmj);
            double pj = 1 - pi;
            double joinI, joinJ;
            switch (commit)
            {
                case ThirdPartyCommit.FullCommit:
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e,
                        umi + umi + umi, umj + umj + umj, umi + umi + umi, umj + umj + umj);
                    break;
                case ThirdPartyCommit.NoCommit:
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e,
                        umi + umi + umm, umj + umj + umm, umi + umi + umm, umj + umj + umm);
                    break;
                default:
                    (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e,
                        umi + umi + umm, umj + umj + umj, umi + umi + umi, umj + umj + umm);
                    break;
            }
            double t = KtabFunctions.Vote(rule, wm, joinI, joinJ);
            if (t > 0) ci = ci + t;
            if (t < 0) cj = cj - t;
        }

        double win = ci / (ci + cj);
        double lose = cj / (ci + cj);
        double uki = U(k, i, perceived), ukj = U(k, j, perceived);
        double statusQuo = uki + ukj;
        double victory = uki + uki;
        double defeat = ukj + ukj;
        double contest = win * victory + lose * defeat;
        // j resists with probability equal to its total salience.
        double sj = totalSalience[j];
        double challenge = (1 - sj) * victory + sj * contest;
        return (win, challenge - statusQuo);
    }

    /// <summary>
    /// <c>Actor::thirdPartyVoteSU</c>: m's expected utility of joining i and of joining j, from the
    /// utility sums of the outcomes (A: joined i, i wins; B: joined i, j wins; C: joined j, i wins;
    /// D: joined j, j wins). KTAB uses one probability for both choices, which makes the two
    /// expectations equal under NoCommit and FullCommit; the corrected form uses the probability
    /// that i wins given m's choice (m's own vote added to the side it joins).
    /// </summary>
    private static (double JoinI, double JoinJ) Expectation(bool pivotal, double pi, double pj, double ci0, double cj0, double e,
        double a, double b, double c, double d)
    {
        if (!pivotal) return ((pi * a) + (pj * b), (pi * c) + (pj * d));
        double weight = Math.Abs(e);
        double total = ci0 + cj0 + weight;
        double piIfJoinsI = (ci0 + weight) / total;
        double piIfJoinsJ = ci0 / total;
        return ((piIfJoinsI * a) + ((1 - piIfJoinsI) * b), (piIfJoinsJ * c) + ((1 - piIfJoinsJ) * d));
    }

    /// <summary>U^h(m, q): m's utility of q's position with the risk attitude h perceives for m.</summary>
    private double U(int m, int q, ReadOnlySpan<double> perceived) => KtabFunctions.Utility(distance[m * n + q], perceived[m]);
}
