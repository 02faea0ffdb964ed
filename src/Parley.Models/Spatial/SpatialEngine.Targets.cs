using System.Runtime.CompilerServices;
using System.Numerics;

namespace Parley.Models.Spatial;

/// <summary>
/// Each actor's choice of target (spec §5.5): <see cref="Challenge"/> with h = k = i against every
/// j, organised for speed. For one challenger the third parties m are the outer loop and the targets
/// j the inner, vectorised one, with one running coalition per target; each target's sums still
/// run over m in KTAB's order, so every number equals the scalar one. Rows of the distance matrix
/// are then read front to back once per challenger, which keeps large scenarios in cache.
/// </summary>
internal sealed partial class SpatialEngine
{
    private void ChooseTargets()
    {
        int tiles = (n + challengerTile - 1) / challengerTile;
        parallel.For(0, tiles, challengeScratch, newChallengeScratch, chooseTargets);
    }

    /// <summary>
    /// Targets for the challengers of one tile. In large scenarios several challengers share each
    /// pass over the rows of the distance matrix, so that a row is read from memory once per tile
    /// rather than once per challenger.
    /// </summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ChooseTargetsOfTile(int tile, ChallengeScratch[] scratch)
    {
        int first = tile * challengerTile, last = Math.Min(n, first + challengerTile);
        int vectorEnd = Vector.IsHardwareAccelerated ? n - n % Vector<double>.Count : 0;
        for (int i = first; i < last; i++)
        {
            var s = scratch[i - first];
            var perceived = s.Perceived;
            PerceivedRisks(i, perceived);
            for (int m = 0; m < n; m++)
            {
                s.AgainstI[m] = U(m, i, perceived);
                s.OwnPosition[m] = U(m, m, perceived);
            }
            Principals(i, s, vectorEnd);
        }
        for (int m = 0; m < n; m++)
        {
            for (int i = first; i < last; i++)
            {
                if (m != i) ThirdParty(i, m, scratch[i - first], vectorEnd);
            }
        }
        for (int i = first; i < last; i++) ChooseTarget(i, scratch[i - first], vectorEnd);
    }

    /// <summary>Actor i's expected gain against every other actor, and the best target worth a challenge.</summary>
    private void ChooseTarget(int i, ChallengeScratch s, int vectorEnd)
    {
        Outcomes(i, s, vectorEnd);
        int best = -1;
        double bestGain = KtabFunctions.MinSignificantGain;
        for (int j = 0; j < n; j++)
        {
            // Strictly greater: the lowest index wins ties, as in KTAB.
            if (j != i && s.Gain[j] > bestGain)
            {
                best = j;
                bestGain = s.Gain[j];
            }
        }
        target[i] = best;
        targetWin[i] = best >= 0 ? s.Win[best] : 0;
        targetGain[i] = best >= 0 ? bestGain : 0;
    }

    /// <summary>The two principals' own votes: i for its position against j's, j for its own against i's.</summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Principals(int i, ChallengeScratch s, int vectorEnd)
    {
        var rule = options.VotingRule;
        double ri = s.Perceived[i], uii = s.OwnPosition[i], wi = challengeWeight[i];
        int j = 0;
        for (; j < vectorEnd; j += Vector<double>.Count)
        {
            var uij = VectorFunctions.Utility(new Vector<double>(distance, i * n + j), ri);
            var a = VectorFunctions.Vote(rule, wi, new Vector<double>(uii), uij);
            var b = VectorFunctions.Vote(rule, new Vector<double>(challengeWeight, j), new Vector<double>(s.AgainstI, j), new Vector<double>(s.OwnPosition, j));
            var ci = new Vector<double>(KtabFunctions.MinChallengeStrength);
            var cj = ci;
            VectorFunctions.Accumulate(a, ref ci, ref cj);
            VectorFunctions.Accumulate(b, ref ci, ref cj);
            uij.CopyTo(s.AgainstJ, j);
            ci.CopyTo(s.Ci, j);
            cj.CopyTo(s.Cj, j);
            ci.CopyTo(s.Ci0, j);
            cj.CopyTo(s.Cj0, j);
        }
        for (; j < n; j++)
        {
            double uij = KtabFunctions.Utility(distance[i * n + j], ri);
            double a = KtabFunctions.Vote(rule, wi, uii, uij);
            double b = KtabFunctions.Vote(rule, challengeWeight[j], s.AgainstI[j], s.OwnPosition[j]);
            double ci = KtabFunctions.MinChallengeStrength, cj = KtabFunctions.MinChallengeStrength;
            if (a > 0) ci = ci + a;
            if (a < 0) cj = cj - a;
            if (b > 0) ci = ci + b;
            if (b < 0) cj = cj - b;
            s.AgainstJ[j] = uij;
            s.Ci[j] = s.Ci0[j] = ci;
            s.Cj[j] = s.Cj0[j] = cj;
        }
    }

    /// <summary>Third party m weighs in on every contest i : j (j ≠ m), as in <see cref="Challenge"/>.</summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ThirdParty(int i, int m, ChallengeScratch s, int vectorEnd)
    {
        var rule = options.VotingRule;
        var commit = options.ThirdPartyCommit;
        bool pivotal = !options.IsKtab && commit != ThirdPartyCommit.SemiCommit;
        double rm = s.Perceived[m], umi = s.AgainstI[m], umm = s.OwnPosition[m], wm = challengeWeight[m];
        // The sums that do not depend on j, as the scalar code forms them.
        double iim = umi + umi + umm, iii = umi + umi + umi;
        double joinIWin = commit == ThirdPartyCommit.FullCommit ? iii : iim;
        double joinJWin = commit == ThirdPartyCommit.NoCommit ? iim : iii;
        int row = m * n;
        int j = 0;
        if (vectorEnd > 0)
        {
            var zero = Vector<double>.Zero;
            var vUmi = new Vector<double>(umi);
            var vUmm = new Vector<double>(umm);
            var vJoinIWin = new Vector<double>(joinIWin);
            var vJoinJWin = new Vector<double>(joinJWin);
            var self = new Vector<long>(m);
            for (; j < vectorEnd; j += Vector<double>.Count)
            {
                var umj = VectorFunctions.Utility(new Vector<double>(distance, row + j), rm);
                var e = VectorFunctions.Vote(rule, wm, vUmi, umj);
                var ci0 = new Vector<double>(s.Ci0, j);
                var cj0 = new Vector<double>(s.Cj0, j);
                var cmi = Vector.ConditionalSelect(Vector.GreaterThan(e, zero), ci0 + e, ci0);
                var cmj = Vector.ConditionalSelect(Vector.LessThan(e, zero), cj0 - e, cj0);
                var pi = cmi / (cmi + cmj);
                var pj = VectorFunctions.One - pi;
                var jjj = umj + umj + umj;
                var jjm = umj + umj + vUmm;
                // A: joined i, i wins; B: joined i, j wins; C: joined j, i wins; D: joined j, j wins.
                var b = commit == ThirdPartyCommit.NoCommit ? jjm : jjj;
                var d = commit == ThirdPartyCommit.FullCommit ? jjj : jjm;
                Vector<double> joinI, joinJ;
                if (!pivotal)
                {
                    joinI = (pi * vJoinIWin) + (pj * b);
                    joinJ = (pi * vJoinJWin) + (pj * d);
                }
                else
                {
                    var weight = Vector.Abs(e);
                    var total = ci0 + cj0 + weight;
                    var piIfJoinsI = (ci0 + weight) / total;
                    var piIfJoinsJ = ci0 / total;
                    joinI = (piIfJoinsI * vJoinIWin) + ((VectorFunctions.One - piIfJoinsI) * b);
                    joinJ = (piIfJoinsJ * vJoinJWin) + ((VectorFunctions.One - piIfJoinsJ) * d);
                }
                var t = VectorFunctions.Vote(rule, wm, joinI, joinJ);
                // In the contest i : m, m is a principal, not a third party.
                var lanes = new Vector<long>(s.LaneIndex) + new Vector<long>(j);
                t = Vector.ConditionalSelect(Vector.Equals(lanes, self), zero, t);
                var ci = new Vector<double>(s.Ci, j);
                var cj = new Vector<double>(s.Cj, j);
                VectorFunctions.Accumulate(t, ref ci, ref cj);
                ci.CopyTo(s.Ci, j);
                cj.CopyTo(s.Cj, j);
            }
        }
        for (; j < n; j++)
        {
            if (j == m) continue;
            double umj = KtabFunctions.Utility(distance[row + j], rm);
            double e = KtabFunctions.Vote(rule, wm, umi, umj);
            double ci0 = s.Ci0[j], cj0 = s.Cj0[j];
            double cmi = (e > 0) ? ci0 + e : ci0;
            double cmj = (e < 0) ? cj0 - e : cj0;
            double pi = cmi / (cmi + cmj);
            double pj = 1 - pi;
            double jjj = umj + umj + umj;
            double jjm = umj + umj + umm;
            double b = commit == ThirdPartyCommit.NoCommit ? jjm : jjj;
            double d = commit == ThirdPartyCommit.FullCommit ? jjj : jjm;
            var (joinI, joinJ) = Expectation(pivotal, pi, pj, ci0, cj0, e, joinIWin, b, joinJWin, d);
            double t = KtabFunctions.Vote(rule, wm, joinI, joinJ);
            if (t > 0) s.Ci[j] = s.Ci[j] + t;
            if (t < 0) s.Cj[j] = s.Cj[j] - t;
        }
    }

    /// <summary>i's probability of beating each j and its expected gain from challenging it.</summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Outcomes(int i, ChallengeScratch s, int vectorEnd)
    {
        double uii = s.OwnPosition[i];
        double victory = uii + uii;
        int j = 0;
        for (; j < vectorEnd; j += Vector<double>.Count)
        {
            var ci = new Vector<double>(s.Ci, j);
            var cj = new Vector<double>(s.Cj, j);
            var uij = new Vector<double>(s.AgainstJ, j);
            var win = ci / (ci + cj);
            var lose = cj / (ci + cj);
            var statusQuo = new Vector<double>(uii) + uij;
            var defeat = uij + uij;
            var contest = win * victory + lose * defeat;
            var sj = new Vector<double>(totalSalience, j);
            var challenge = (VectorFunctions.One - sj) * victory + sj * contest;
            (challenge - statusQuo).CopyTo(s.Gain, j);
            win.CopyTo(s.Win, j);
        }
        for (; j < n; j++)
        {
            double ci = s.Ci[j], cj = s.Cj[j], uij = s.AgainstJ[j];
            double win = ci / (ci + cj);
            double lose = cj / (ci + cj);
            double statusQuo = uii + uij;
            double defeat = uij + uij;
            double contest = win * victory + lose * defeat;
            double sj = totalSalience[j];
            double challenge = (1 - sj) * victory + sj * contest;
            s.Gain[j] = challenge - statusQuo;
            s.Win[j] = win;
        }
    }

    /// <summary>Per-thread scratch for choosing targets: one running contest per target.</summary>
    private sealed class ChallengeScratch
    {
        public ChallengeScratch(int n)
        {
            Perceived = new double[n];
            AgainstI = new double[n];
            AgainstJ = new double[n];
            OwnPosition = new double[n];
            Ci = new double[n];
            Cj = new double[n];
            Ci0 = new double[n];
            Cj0 = new double[n];
            Gain = new double[n];
            Win = new double[n];
            LaneIndex = new long[Vector<long>.Count];
            for (int l = 0; l < LaneIndex.Length; l++) LaneIndex[l] = l;
        }

        /// <summary>The challenger's estimates of every actor's risk attitude.</summary>
        public double[] Perceived { get; }

        /// <summary>U(m, i): each actor's utility of the challenger's position.</summary>
        public double[] AgainstI { get; }

        /// <summary>U(i, j): the challenger's utility of each target's position.</summary>
        public double[] AgainstJ { get; }

        /// <summary>U(m, m): each actor's utility of its own position (not 1 once ideals drift).</summary>
        public double[] OwnPosition { get; }

        /// <summary>Running strengths of the challenger's and the target's sides, per target.</summary>
        public double[] Ci { get; }

        public double[] Cj { get; }

        /// <summary>The principals' strengths alone, per target.</summary>
        public double[] Ci0 { get; }

        public double[] Cj0 { get; }

        public double[] Gain { get; }

        public double[] Win { get; }

        /// <summary>0, 1, 2, …: the lane numbers.</summary>
        public long[] LaneIndex { get; }
    }
}
