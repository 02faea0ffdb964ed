using System.Numerics.Tensors;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The two passes of a round in O(n² log n) instead of O(n³), for the pair-normalised probability.
/// A voter prefers whichever of x_a &lt; x_b is nearer: everyone at or left of x_a votes for a with
/// margin x_b − x_a, everyone at or right of x_b for b, and a voter in between by
/// x_a + x_b − 2·x_k, for a when left of the midpoint. With actors sorted by position and prefix
/// sums of w and w·x, P_ab needs only where x_a, x_b and their midpoint fall in the order; sweeping
/// b rightwards from a moves the midpoint rightwards, so those places are found by walking, not
/// searching. Each unordered pair is visited once and serves both of its actors. The risk-adjusted
/// utilities (powers, the dominant cost) are raised a row at a time with vectorised log/exp.
/// </summary>
internal static class SweepPasses
{
    /// <summary>Gaps with at most this many voters are summed voter by voter, where prefix differences would cancel.</summary>
    private const int DirectGap = 2;

    /// <summary>Exposure R̃_i = Σ_{k≠i} E(U_ki) at r = 1, as <see cref="DirectPasses.Exposure"/>.</summary>
    public static void Exposure(Simulation sim, Span<double> danger)
    {
        var ws = sim.Ws;
        int n = sim.N;
        Sort(sim);
        var y = ws.SortedX;
        var o = sim.Options;
        double range = sim.Range, mu = sim.Mu;
        bool withMu = NeedsMu(o);
        danger.Clear();
        // Small scenarios keep every pair's vote shares for the offer pass (positions do not change in between).
        var batch = ws.Batch;
        ws.SharesKept = PairsApart(ws, n) <= PairBatch.Capacity;
        batch.Count = 0;
        for (int a = 0; a < n; a++)
        {
            int ia = ws.Order[a];
            double ya = y[a], sa = sim.S[ia], aToMu = Math.Abs(ya - mu);
            // Actors at the same position challenge each other at distance 0 with P = 0.
            for (int b = a + 1; b < ws.GroupEnd[a]; b++)
            {
                int ib = ws.Order[b];
                danger[ia] += AtRiskOne(o, sa, 0, 0, aToMu, range, withMu);
                danger[ib] += AtRiskOne(o, sim.S[ib], 0, 0, aToMu, range, withMu);
            }
            int ml = ws.GroupEnd[a], mr = ml;
            for (int b = ws.GroupEnd[a]; b < n; b++)
            {
                int ib = ws.Order[b];
                Shares(ws, n, a, b, ref ml, ref mr, out double pa, out double pb);
                double distance = y[b] - ya;
                danger[ia] += AtRiskOne(o, sa, pb, distance, Math.Abs(y[b] - mu), range, withMu);
                danger[ib] += AtRiskOne(o, sim.S[ib], pa, distance, aToMu, range, withMu);
                if (ws.SharesKept)
                {
                    int k = batch.Count++;
                    batch.A[k] = a;
                    batch.B[k] = b;
                    batch.ShareA[k] = pa;
                    batch.ShareB[k] = pb;
                    batch.Distance[k] = distance;
                }
            }
        }
        ws.KeptPairs = batch.Count;
    }

    /// <summary>The number of pairs of actors at different positions.</summary>
    private static int PairsApart(Workspace ws, int n)
    {
        long pairs = (long)n * (n - 1) / 2;
        for (int t = 0; t < n; t = ws.GroupEnd[t])
        {
            long g = ws.GroupEnd[t] - t;
            pairs -= g * (g - 1) / 2;
        }
        return (int)Math.Min(pairs, int.MaxValue);
    }

    /// <summary>
    /// Every actor's accepted offer, as <see cref="DirectPasses.Offers"/> for the viewer perspective:
    /// each pair yields the offer a gets from b (with a's risk exponent) and the one b gets from a
    /// (with b's). Pairs are gathered in batches so their powers are raised in long vectors.
    /// </summary>
    public static void Offers(Simulation sim)
    {
        var ws = sim.Ws;
        int n = sim.N;
        var y = ws.SortedX;
        var o = sim.Options;
        var batch = ws.Batch;
        for (int a = 0; a < n; a++)
        {
            ws.Choosers[a] = new OfferChooser(o.OfferChoice, y[a]);
            double r = sim.Risk[a];
            // U_sq = 2 − 4·0.5^r, with 0.5^r as exp(−r·ln 2): cheaper than Math.Pow and within an ulp of it.
            ws.StatusQuoUtility[a] = r == 1 ? Utilities.StatusQuo(1) : 2 - 4 * Math.Exp(-r * Math.Log(2));
        }
        if (ws.SharesKept)
        {
            for (int k = 0; k < ws.KeptPairs; k++)
            {
                batch.RiskA[k] = sim.Risk[ws.Order[batch.A[k]]];
                batch.RiskB[k] = sim.Risk[ws.Order[batch.B[k]]];
            }
            batch.Count = ws.KeptPairs;
            Decide(sim);
            for (int a = 0; a < n; a++) DirectPasses.Accept(sim, ws.Order[a], ws.Choosers[a].Found, ws.Choosers[a].Best);
            return;
        }
        batch.Count = 0;
        for (int a = 0; a < n; a++)
        {
            double ra = sim.Risk[ws.Order[a]];
            int ml = ws.GroupEnd[a], mr = ml;
            for (int b = ws.GroupEnd[a]; b < n; b++)
            {
                int k = batch.Count++;
                batch.A[k] = a;
                batch.B[k] = b;
                Shares(ws, n, a, b, ref ml, ref mr, out batch.ShareA[k], out batch.ShareB[k]);
                batch.Distance[k] = y[b] - y[a];
                batch.RiskA[k] = ra;
                batch.RiskB[k] = sim.Risk[ws.Order[b]];
                if (batch.Count == PairBatch.Capacity) Decide(sim);
            }
        }
        Decide(sim);
        for (int a = 0; a < n; a++) DirectPasses.Accept(sim, ws.Order[a], ws.Choosers[a].Found, ws.Choosers[a].Best);
    }

    /// <summary>Raises the batch's utilities and lets both actors of every pair weigh the other's offer.</summary>
    private static void Decide(Simulation sim)
    {
        var ws = sim.Ws;
        var batch = ws.Batch;
        int m = batch.Count;
        if (m == 0) return;
        batch.Count = 0;
        var o = sim.Options;
        var y = ws.SortedX;
        double range = sim.Range, mu = sim.Mu;
        bool withMu = NeedsMu(o);
        var distance = batch.Distance.AsSpan(0, m);
        var bases = batch.Base.AsSpan(0, m);
        var riskA = batch.RiskA.AsSpan(0, m);
        var riskB = batch.RiskB.AsSpan(0, m);

        // U_s and U_f depend on the pair's distance only; each side raises them to its own r.
        for (int k = 0; k < m; k++) bases[k] = 0.5 - 0.5 * (distance[k] / range);
        Raise(batch, bases, riskA, riskB, batch.SuccessA, batch.SuccessB);
        for (int k = 0; k < m; k++) bases[k] = 0.5 + 0.5 * (distance[k] / range);
        Raise(batch, bases, riskA, riskB, batch.FailureA, batch.FailureB);
        if (withMu)
        {
            for (int term = 0; term < 4; term++)
            {
                for (int k = 0; k < m; k++)
                {
                    // Terms 0–1: a challenges b (a's distance to μ); 2–3: b challenges a. Even: better, odd: worse.
                    double toMu = Math.Abs(y[term < 2 ? batch.A[k] : batch.B[k]] - mu);
                    double spread = 0.25 * ((toMu + distance[k]) / range);
                    bases[k] = term % 2 == 0 ? 0.5 - spread : 0.5 + spread;
                }
                Raise(batch, bases, riskA, riskB, batch.Term[term], batch.Term[term + 4]);
            }
        }

        for (int k = 0; k < m; k++)
        {
            int a = batch.A[k], b = batch.B[k];
            int ia = ws.Order[a], ib = ws.Order[b];
            double ya = y[a], yb = y[b], sa = sim.S[ia], sb = sim.S[ib];
            double usA = 2 - 4 * batch.SuccessA[k], ufA = 2 - 4 * batch.FailureA[k];
            double usB = 2 - 4 * batch.SuccessB[k], ufB = 2 - 4 * batch.FailureB[k];
            double usqA = ws.StatusQuoUtility[ia], usqB = ws.StatusQuoUtility[ib];
            // Terms of "a challenges b" (ab…) and "b challenges a" (ba…), seen by a (…A) and by b (…B).
            double abBetterA = 0, abWorseA = 0, baBetterA = 0, baWorseA = 0, abBetterB = 0, abWorseB = 0, baBetterB = 0, baWorseB = 0;
            double tAB = o.T, tBA = o.T;
            if (withMu)
            {
                abBetterA = 2 - 4 * batch.Term[0][k];
                abWorseA = 2 - 4 * batch.Term[1][k];
                baBetterA = 2 - 4 * batch.Term[2][k];
                baWorseA = 2 - 4 * batch.Term[3][k];
                abBetterB = 2 - 4 * batch.Term[4][k];
                abWorseB = 2 - 4 * batch.Term[5][k];
                baBetterB = 2 - 4 * batch.Term[6][k];
                baWorseB = 2 - 4 * batch.Term[7][k];
                if (o.Improvement == ImprovementRule.CloserToMedian)
                {
                    tAB = Math.Abs(ya - mu) < distance[k] ? 1 : 0;
                    tBA = Math.Abs(yb - mu) < distance[k] ? 1 : 0;
                }
            }
            double pa = batch.ShareA[k], pb = batch.ShareB[k];
            // Receiver a, in its own view (r_a): E_a = E(a challenges b), E_b = E(b challenges a).
            double ea = Utilities.Expected(o.StatusQuoTerm, sb, pa, usA, ufA, usqA, abBetterA, abWorseA, o.Q, tAB);
            double eb = Utilities.Expected(o.StatusQuoTerm, sa, pb, usA, ufA, usqA, baBetterA, baWorseA, o.Q, tBA);
            if (OfferRules.TryClassify(o, ea, eb, ya, yb, out var kind, out double position))
            {
                ws.Choosers[a].Consider(kind, position, ib, yb, ea, eb);
            }
            // Receiver b, in its own view (r_b).
            double fb = Utilities.Expected(o.StatusQuoTerm, sa, pb, usB, ufB, usqB, baBetterB, baWorseB, o.Q, tBA);
            double fa = Utilities.Expected(o.StatusQuoTerm, sb, pa, usB, ufB, usqB, abBetterB, abWorseB, o.Q, tAB);
            if (OfferRules.TryClassify(o, fb, fa, yb, ya, out kind, out position))
            {
                ws.Choosers[b].Consider(kind, position, ia, ya, fb, fa);
            }
        }
    }

    /// <summary>
    /// forA[k] = b_k^{rA_k} and forB[k] = b_k^{rB_k}, vectorised as exp(r·ln b) (within a few units
    /// in the last place of <see cref="Math.Pow(double, double)"/>); r = 1 gives b exactly, as in the
    /// direct path. Zero bases (a pair a whole range apart) are raised on their own: the vector
    /// routines' slow path for ln 0 would cost more than the batch.
    /// </summary>
    private static void Raise(PairBatch batch, Span<double> bases, ReadOnlySpan<double> rA, ReadOnlySpan<double> rB, double[] forA, double[] forB)
    {
        int m = bases.Length;
        var a = forA.AsSpan(0, m);
        var b = forB.AsSpan(0, m);
        int zeros = 0;
        for (int k = 0; k < m; k++)
        {
            if (bases[k] > 0) continue;
            batch.Zero[zeros++] = k;
            bases[k] = 1;
        }
        TensorPrimitives.Log(bases, b);
        TensorPrimitives.Multiply(b, rA, a);
        TensorPrimitives.Exp(a, a);
        TensorPrimitives.Multiply(b, rB, b);
        TensorPrimitives.Exp(b, b);
        for (int z = 0; z < zeros; z++) bases[batch.Zero[z]] = 0;
        for (int k = 0; k < m; k++)
        {
            if (rA[k] == 1) a[k] = bases[k];
            if (rB[k] == 1) b[k] = bases[k];
        }
        for (int z = 0; z < zeros; z++)
        {
            int k = batch.Zero[z];
            a[k] = Math.Pow(bases[k], rA[k]);
            b[k] = Math.Pow(bases[k], rB[k]);
        }
    }

    /// <summary>E(U) at r = 1 of a challenger against a target of salience <paramref name="sTarget"/>.</summary>
    private static double AtRiskOne(ExpectedUtilityOptions o, double sTarget, double p, double distance, double challengerToMu, double range, bool withMu)
    {
        double d = distance / range;
        double us = Utilities.Success(d, 1), uf = Utilities.Failure(d, 1);
        double ub = 0, uw = 0, t = o.T;
        if (withMu)
        {
            double m = (challengerToMu + distance) / range;
            ub = Utilities.Better(m, 1);
            uw = Utilities.Worse(m, 1);
            if (o.Improvement == ImprovementRule.CloserToMedian) t = challengerToMu < distance ? 1 : 0;
        }
        return Utilities.Expected(o.StatusQuoTerm, sTarget, p, us, uf, Utilities.StatusQuo(1), ub, uw, o.Q, t);
    }

    /// <summary>The μ terms matter unless they are dropped or weighted by 1 − Q = 0.</summary>
    private static bool NeedsMu(ExpectedUtilityOptions o) => o.StatusQuoTerm != StatusQuoTerm.StatusQuoOnly && o.Q != 1;

    /// <summary>Orders actors by position and builds the prefix sums of w and w·(x − centre).</summary>
    private static void Sort(Simulation sim)
    {
        var ws = sim.Ws;
        int n = sim.N;
        for (int i = 0; i < n; i++)
        {
            ws.Order[i] = i;
            ws.SortedX[i] = ws.X[i];
        }
        Array.Sort(ws.SortedX, ws.Order, 0, n);
        var y = ws.SortedX;
        // Centring keeps the prefix sums of w·x small, so their differences lose less.
        double centre = 0.5 * (y[0] + y[n - 1]);
        ws.Centre = centre;
        ws.PrefixW[0] = 0;
        ws.PrefixWX[0] = 0;
        for (int t = 0; t < n; t++)
        {
            double w = ws.W[ws.Order[t]];
            ws.SortedW[t] = w;
            ws.PrefixW[t + 1] = ws.PrefixW[t] + w;
            ws.PrefixWX[t + 1] = ws.PrefixWX[t] + w * (y[t] - centre);
        }
        for (int t = 0; t < n;)
        {
            int end = t + 1;
            while (end < n && y[end] == y[t]) end++;
            for (int k = t; k < end; k++)
            {
                ws.GroupStart[k] = t;
                ws.GroupEnd[k] = end;
            }
            t = end;
        }
    }

    /// <summary>
    /// The vote shares of the pair at sorted places lo &lt; hi (different positions): P(lo beats hi)
    /// and P(hi beats lo). <paramref name="ml"/> and <paramref name="mr"/> carry the first places at
    /// or right of, and strictly right of, the midpoint from the previous pair of the sweep (the
    /// midpoint only moves right as hi does).
    /// </summary>
    private static void Shares(Workspace ws, int n, int lo, int hi, ref int ml, ref int mr, out double pLo, out double pHi)
    {
        var y = ws.SortedX;
        var w = ws.SortedW;
        double ylo = y[lo], yhi = y[hi];
        double mid = 0.5 * (ylo + yhi);
        int ge = ws.GroupEnd[lo], gs = ws.GroupStart[hi];
        if (ml < ge) ml = ge;
        while (ml < gs && y[ml] < mid) ml++;
        if (mr < ml) mr = ml;
        while (mr < gs && y[mr] <= mid) mr++;

        double gap = yhi - ylo;
        double forLo = gap * ws.PrefixW[ge];
        double forHi = gap * (ws.PrefixW[n] - ws.PrefixW[gs]);
        double left, right;
        if (ml - ge <= DirectGap)
        {
            left = 0;
            for (int k = ge; k < ml; k++) left += w[k] * ((yhi - y[k]) - (y[k] - ylo));
        }
        else
        {
            double sum = (ylo - ws.Centre) + (yhi - ws.Centre);
            left = sum * (ws.PrefixW[ml] - ws.PrefixW[ge]) - 2 * (ws.PrefixWX[ml] - ws.PrefixWX[ge]);
        }
        if (gs - mr <= DirectGap)
        {
            right = 0;
            for (int k = mr; k < gs; k++) right += w[k] * ((y[k] - ylo) - (yhi - y[k]));
        }
        else
        {
            double sum = (ylo - ws.Centre) + (yhi - ws.Centre);
            right = 2 * (ws.PrefixWX[gs] - ws.PrefixWX[mr]) - sum * (ws.PrefixW[gs] - ws.PrefixW[mr]);
        }
        forLo += Math.Max(left, 0);
        forHi += Math.Max(right, 0);
        double total = forLo + forHi;
        if (total > 0)
        {
            pLo = forLo / total;
            pHi = forHi / total;
        }
        else
        {
            pLo = 0;
            pHi = 0;
        }
    }
}
