namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The two passes of a round in O(n² log n) instead of O(n³), for the pair-normalised probability.
/// A voter prefers whichever of x_a &lt; x_b is nearer: everyone at or left of x_a votes for a with
/// margin x_b − x_a, everyone at or right of x_b for b, and a voter in between by
/// x_a + x_b − 2·x_k, for a when left of the midpoint. With actors sorted by position and prefix
/// sums of w and w·x, P_ab needs only where x_a, x_b and their midpoint fall in the order; sweeping
/// b away from a moves the midpoint monotonically, so those places are found by walking, not
/// searching. Narrow gaps are summed voter by voter, where prefix differences would cancel.
/// </summary>
internal static class SweepPasses
{
    /// <summary>Gaps with at most this many voters are summed directly.</summary>
    private const int DirectGap = 16;

    /// <summary>Exposure R̃_i = Σ_{k≠i} E(U_ki) at r = 1, as <see cref="DirectPasses.Exposure"/>.</summary>
    public static void Exposure(Simulation sim, Span<double> danger)
    {
        var ws = sim.Ws;
        int n = sim.N;
        Sort(sim);
        var y = ws.SortedX;
        var o = sim.Options;
        double range = sim.Range;
        bool withMu = NeedsMu(o);
        for (int a = 0; a < n; a++)
        {
            int ia = ws.Order[a];
            double ya = y[a], sa = sim.S[ia];
            double sum = 0;
            // Actors at the same position challenge at distance 0 with P = 0.
            for (int b = ws.GroupStart[a]; b < ws.GroupEnd[a]; b++)
            {
                if (b != a) sum += AtRiskOne(o, sa, 0, 0, Math.Abs(y[b] - sim.Mu), y[b], ya, sim.Mu, range, withMu);
            }
            int ml = ws.GroupEnd[a], mu = ml;
            for (int b = ws.GroupEnd[a]; b < n; b++)
            {
                Shares(ws, n, a, b, ref ml, ref mu, out _, out double pb);
                sum += AtRiskOne(o, sa, pb, y[b] - ya, Math.Abs(y[b] - sim.Mu), y[b], ya, sim.Mu, range, withMu);
            }
            ml = ws.GroupStart[a];
            mu = ml;
            for (int b = ws.GroupStart[a] - 1; b >= 0; b--)
            {
                Shares(ws, n, b, a, ref ml, ref mu, out double pb, out _);
                sum += AtRiskOne(o, sa, pb, ya - y[b], Math.Abs(y[b] - sim.Mu), y[b], ya, sim.Mu, range, withMu);
            }
            danger[ia] = sum;
        }
    }

    /// <summary>Every actor's accepted offer, as <see cref="DirectPasses.Offers"/> for the viewer perspective.</summary>
    public static void Offers(Simulation sim)
    {
        var ws = sim.Ws;
        int n = sim.N;
        var y = ws.SortedX;
        var o = sim.Options;
        double range = sim.Range, muValue = sim.Mu;
        bool withMu = NeedsMu(o);
        for (int a = 0; a < n; a++)
        {
            int ia = ws.Order[a];
            double ya = y[a], sa = sim.S[ia], r = sim.Risk[ia];
            double usq = Utilities.StatusQuo(r);
            double aToMu = Math.Abs(ya - muValue);
            var chooser = new OfferChooser(o.OfferChoice, ya);
            int ml = ws.GroupEnd[a], mu = ml;
            for (int b = ws.GroupEnd[a]; b < n; b++)
            {
                Shares(ws, n, a, b, ref ml, ref mu, out double pa, out double pb);
                Consider(sim, ref chooser, b, ya, sa, r, usq, pa, pb, y[b] - ya, aToMu, withMu);
            }
            ml = ws.GroupStart[a];
            mu = ml;
            for (int b = ws.GroupStart[a] - 1; b >= 0; b--)
            {
                Shares(ws, n, b, a, ref ml, ref mu, out double pb, out double pa);
                Consider(sim, ref chooser, b, ya, sa, r, usq, pa, pb, ya - y[b], aToMu, withMu);
            }
            DirectPasses.Accept(sim, ia, chooser.Found, chooser.Best);
        }
    }

    private static void Consider(Simulation sim, ref OfferChooser chooser, int b, double ya, double sa, double r, double usq, double pa, double pb, double distance, double aToMu, bool withMu)
    {
        var o = sim.Options;
        var ws = sim.Ws;
        int jb = ws.Order[b];
        double yb = ws.SortedX[b];
        double range = sim.Range;
        double d = distance / range;
        double us = Utilities.Success(d, r), uf = Utilities.Failure(d, r);
        double ubI = 0, uwI = 0, ubJ = 0, uwJ = 0, tI = o.T, tJ = o.T;
        if (withMu)
        {
            double bToMu = Math.Abs(yb - sim.Mu);
            double mI = (aToMu + distance) / range, mJ = (bToMu + distance) / range;
            ubI = Utilities.Better(mI, r);
            uwI = Utilities.Worse(mI, r);
            ubJ = Utilities.Better(mJ, r);
            uwJ = Utilities.Worse(mJ, r);
            if (o.Improvement == ImprovementRule.CloserToMedian)
            {
                tI = aToMu < distance ? 1 : 0;
                tJ = bToMu < distance ? 1 : 0;
            }
        }
        double ei = Utilities.Expected(o.StatusQuoTerm, sim.S[jb], pa, us, uf, usq, ubI, uwI, o.Q, tI);
        double ej = Utilities.Expected(o.StatusQuoTerm, sa, pb, us, uf, usq, ubJ, uwJ, o.Q, tJ);
        if (OfferRules.TryClassify(o, ei, ej, ya, yb, out var kind, out double position))
        {
            chooser.Consider(kind, position, jb, yb, ei, ej);
        }
    }

    /// <summary>E(U_ba) at r = 1: challenger b (at <paramref name="xb"/>) against target a with salience <paramref name="sa"/>.</summary>
    private static double AtRiskOne(ExpectedUtilityOptions o, double sa, double pb, double distance, double bToMu, double xb, double xa, double mu, double range, bool withMu)
    {
        double d = distance / range;
        double us = Utilities.Success(d, 1), uf = Utilities.Failure(d, 1);
        double ub = 0, uw = 0, t = o.T;
        if (withMu)
        {
            double m = (bToMu + distance) / range;
            ub = Utilities.Better(m, 1);
            uw = Utilities.Worse(m, 1);
            if (o.Improvement == ImprovementRule.CloserToMedian) t = Math.Abs(xb - mu) < Math.Abs(xb - xa) ? 1 : 0;
        }
        return Utilities.Expected(o.StatusQuoTerm, sa, pb, us, uf, Utilities.StatusQuo(1), ub, uw, o.Q, t);
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
        ws.PrefixW[0] = 0;
        ws.PrefixWX[0] = 0;
        for (int t = 0; t < n; t++)
        {
            double w = ws.W[ws.Order[t]];
            ws.SortedW[t] = w;
            ws.PrefixW[t + 1] = ws.PrefixW[t] + w;
            ws.PrefixWX[t + 1] = ws.PrefixWX[t] + w * (y[t] - centre);
        }
        ws.Centre = centre;
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
    /// and P(hi beats lo). <paramref name="ml"/> and <paramref name="mu"/> carry the midpoint's
    /// place from the previous pair of the sweep.
    /// </summary>
    private static void Shares(Workspace ws, int n, int lo, int hi, ref int ml, ref int mu, out double pLo, out double pHi)
    {
        var y = ws.SortedX;
        var w = ws.SortedW;
        double ylo = y[lo], yhi = y[hi];
        double mid = 0.5 * (ylo + yhi);
        int ge = ws.GroupEnd[lo], gs = ws.GroupStart[hi];
        // ml: first place at or right of the midpoint; mu: first place right of it (both within the gap).
        ml = Math.Clamp(ml, ge, gs);
        while (ml > ge && y[ml - 1] >= mid) ml--;
        while (ml < gs && y[ml] < mid) ml++;
        mu = Math.Clamp(mu, ml, gs);
        while (mu > ml && y[mu - 1] > mid) mu--;
        while (mu < gs && y[mu] <= mid) mu++;

        double gap = yhi - ylo;
        double forLo = gap * ws.PrefixW[ge];
        double forHi = gap * (ws.PrefixW[n] - ws.PrefixW[gs]);
        double sum = (ylo - ws.Centre) + (yhi - ws.Centre);
        double left, right;
        if (ml - ge <= DirectGap)
        {
            left = 0;
            for (int k = ge; k < ml; k++) left += w[k] * ((yhi - y[k]) - (y[k] - ylo));
        }
        else
        {
            left = sum * (ws.PrefixW[ml] - ws.PrefixW[ge]) - 2 * (ws.PrefixWX[ml] - ws.PrefixWX[ge]);
        }
        if (gs - mu <= DirectGap)
        {
            right = 0;
            for (int k = mu; k < gs; k++) right += w[k] * ((y[k] - ylo) - (yhi - y[k]));
        }
        else
        {
            right = 2 * (ws.PrefixWX[gs] - ws.PrefixWX[mu]) - sum * (ws.PrefixW[gs] - ws.PrefixW[mu]);
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
