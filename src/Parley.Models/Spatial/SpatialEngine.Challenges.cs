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

    /// <summary>Challengers (or bargains) per pass over memory in large scenarios.</summary>
    private const int TileSize = 8;

    private int challengerTile;
    private ChallengeScratch[] challengeScratch = [];
    private Action<int, ChallengeScratch[]> chooseTargets = null!;
    private Func<ChallengeScratch[]> newChallengeScratch = null!;

    private void AllocateChallenges()
    {
        target = new int[n];
        targetWin = new double[n];
        targetGain = new double[n];
        challengerTile = n >= options.TiledFrom ? TileSize : 1;
        challengeScratch = NewChallengeScratch();
        chooseTargets = ChooseTargetsOfTile;
        newChallengeScratch = NewChallengeScratch;
    }

    private ChallengeScratch[] NewChallengeScratch()
    {
        var tile = new ChallengeScratch[challengerTile];
        for (int t = 0; t < tile.Length; t++) tile[t] = new ChallengeScratch(n);
        return tile;
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
