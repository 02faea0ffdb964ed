namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The two passes of a round computed pair by pair from every voter: O(n²) pairs × O(n) voters.
/// Handles every switch, so it is the path of the replication presets and the reference the sweep
/// path is tested against. Loops run in actor order, as the replications do, so that their
/// floating-point sums and first-of-equals choices come out the same.
/// </summary>
internal static class DirectPasses
{
    /// <summary>Each actor's exposure R̃_i = Σ_{k≠i} E(U_ki) with every r = 1 (Scholz eq. 31).</summary>
    public static void Exposure(Simulation sim, Span<double> danger)
    {
        int n = sim.N;
        var o = sim.Options;
        var ones = sim.Ws.Ones.AsSpan(0, n);
        var p = sim.Ws.P.AsSpan(0, n * n);
        WinProbability.Fill(o.Probability, sim.X, sim.W, ones, sim.Range, o.NearZero, p, sim.Ws.Scratch);
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int k = 0; k < n; k++)
            {
                if (k == i) continue;
                int target = sim.Alias(k, i);
                sum += Own(sim, k, target, 1.0);
            }
            danger[i] = sum;
        }
    }

    /// <summary>Every actor's accepted offer and resulting position, from start-of-round positions.</summary>
    public static void Offers(Simulation sim)
    {
        int n = sim.N;
        var o = sim.Options;
        var ws = sim.Ws;
        if (o.Probability is ProbabilityRule.AllTriples or ProbabilityRule.PositiveVotes)
        {
            WinProbability.Fill(o.Probability, sim.X, sim.W, sim.Risk, sim.Range, o.NearZero, ws.P.AsSpan(0, n * n), ws.Scratch);
        }
        if (o.OfferChoice == OfferChoice.HighestProposerGain)
        {
            for (int a = 0; a < n; a++)
            {
                for (int b = 0; b < n; b++) ws.E[a * n + b] = a == b ? 0 : Own(sim, a, b, sim.Risk[a]);
            }
            for (int i = 0; i < n; i++) HighestProposerGain(sim, i);
            return;
        }
        for (int i = 0; i < n; i++)
        {
            double xi = sim.X[i];
            var chooser = new OfferChooser(o.OfferChoice, xi);
            for (int j = 0; j < n; j++)
            {
                if (j == i || (!o.SamePositionContests && sim.X[j] == xi)) continue;
                Gains(sim, i, j, out double ei, out double ej);
                if (OfferRules.TryClassify(o, ei, ej, xi, sim.X[j], out var kind, out double position))
                {
                    chooser.Consider(kind, position, j, sim.X[j], ei, ej);
                }
            }
            Accept(sim, i, chooser.Found, chooser.Best);
        }
    }

    /// <summary>
    /// E_i (receiver i's gain from challenging j) and E_j (j's gain from challenging i) as the
    /// perspective rule (D5) evaluates them.
    /// </summary>
    public static void Gains(Simulation sim, int i, int j, out double ei, out double ej)
    {
        var o = sim.Options;
        int n = sim.N;
        var p = sim.Ws.P;
        double ri = sim.Risk[i];
        ei = Expected(sim, i, j, ri, sim.S[j], p[i * n + j], i, i, j);
        ej = o.Perspective switch
        {
            Perspective.Viewer => Expected(sim, j, i, ri, sim.S[i], p[j * n + i], j, j, i),
            Perspective.Own => Expected(sim, j, i, sim.Risk[j], sim.S[i], p[j * n + i], j, j, i),
            // eum: "expected utility to j if i challenges j" — r_j and s_j, but i's distance to μ and T_ij.
            _ => Expected(sim, i, j, sim.Risk[j], sim.S[j], p[j * n + i], i, i, j),
        };
    }

    /// <summary>E(U_ab): a challenging b, evaluated with its own risk exponent <paramref name="r"/>.</summary>
    private static double Own(Simulation sim, int a, int b, double r) =>
        Expected(sim, a, b, r, sim.S[b], sim.Ws.P[a * sim.N + b], a, a, b);

    /// <summary>
    /// The expected utility of a challenge between <paramref name="a"/> and <paramref name="b"/>
    /// (their distance), with risk exponent <paramref name="r"/>, the target's salience
    /// <paramref name="s"/>, win probability <paramref name="p"/>, μ-distance of actor
    /// <paramref name="g"/> and T of the pair (<paramref name="tFrom"/>, <paramref name="tTo"/>).
    /// </summary>
    private static double Expected(Simulation sim, int a, int b, double r, double s, double p, int g, int tFrom, int tTo)
    {
        var o = sim.Options;
        var x = sim.X;
        double range = sim.Range;
        double distance = Math.Abs(x[a] - x[b]);
        double d = distance / range;
        double us = Utilities.Success(d, r), uf = Utilities.Failure(d, r), usq = Utilities.StatusQuo(r);
        double ub = 0, uw = 0, t = o.T;
        if (o.StatusQuoTerm != StatusQuoTerm.StatusQuoOnly)
        {
            double m = (Math.Abs(x[g] - sim.Mu) + distance) / range;
            ub = Utilities.Better(m, r);
            uw = Utilities.Worse(m, r);
            if (o.Improvement == ImprovementRule.CloserToMedian) t = Math.Abs(x[tFrom] - sim.Mu) < Math.Abs(x[tFrom] - x[tTo]) ? 1 : 0;
        }
        return Utilities.Expected(o.StatusQuoTerm, s, p, us, uf, usq, ub, uw, o.Q, t);
    }

    /// <summary>
    /// dmasad: every actor sends its position to each actor it expects to gain from challenging;
    /// the receiver takes the offer whose sender expects most (ties: the nearest, first in actor
    /// order) and then weighs it with its own expected utility against that sender.
    /// </summary>
    private static void HighestProposerGain(Simulation sim, int receiver)
    {
        int n = sim.N;
        var e = sim.Ws.E;
        var x = sim.X;
        double xr = x[receiver];
        int sender = -1;
        double best = 0, nearest = 0;
        for (int a = 0; a < n; a++)
        {
            int target = sim.Alias(a, receiver);
            if (target < 0) continue;
            double gain = e[a * n + target];
            if (!(gain > 0)) continue;
            double distance = Math.Abs(xr - x[a]);
            if (sender < 0 || gain > best || (gain == best && distance < nearest))
            {
                sender = a;
                best = gain;
                nearest = distance;
            }
        }
        if (sender < 0)
        {
            Accept(sim, receiver, false, default);
            return;
        }
        double uj = best;
        double ui = e[receiver * n + sim.Alias(receiver, sender)];
        double xs = x[sender];
        var o = sim.Options;
        if (ui > 0 && ui < uj) Accept(sim, receiver, true, new AcceptedOffer(OfferKind.Confrontation, sender, ui, uj, xs));
        else if (ui < 0 && Math.Abs(ui) < uj) Accept(sim, receiver, true, new AcceptedOffer(OfferKind.Compromise, sender, ui, uj, xr + (xs - xr) * Math.Abs(ui / uj)));
        else if (ui < 0 && Math.Abs(ui) > uj && o.CapitulationFires) Accept(sim, receiver, true, new AcceptedOffer(OfferKind.Capitulation, sender, ui, uj, xs));
        else Accept(sim, receiver, false, default);
    }

    internal static void Accept(Simulation sim, int i, bool found, AcceptedOffer offer)
    {
        var ws = sim.Ws;
        ws.Moved[i] = found;
        ws.Offers[i] = offer;
        ws.Next[i] = found ? offer.Position : ws.X[i];
    }
}
