using System.Runtime.CompilerServices;
using System.Numerics;

namespace Parley.Models.Spatial;

/// <summary>
/// Bargain proposals (spec §5.6, <c>SMPActor::interpolateBrgn</c>, <c>doBCN</c>) and their
/// resolution (§5.7, <c>updateBestBrgnPositions</c>): every actor holds an election over its
/// queue — the status quo first, then the bargains it initiated or received, by initiator.
/// </summary>
internal sealed partial class SpatialEngine
{
    private const double BargainWeightFloor = 1e-6;

    private int bargainCount;
    private int[] bargainInitiator = [];
    private int[] bargainReceiver = [];
    private double[] bargainInitiatorPoint = [];
    private double[] bargainReceiverPoint = [];
    // bargainValue[b * n + a]: average utility to a of the state after bargain b.
    private double[] bargainValue = [];
    private double[] statusQuoValue = [];
    private double[] bargainRisk = [];
    // queue of actor k: bargains queueBargain[queueStart[k] .. queueStart[k + 1]).
    private int[] queueStart = [];
    private int[] queueBargain = [];
    private double[] queueProbability = [];
    private int[] choice = [];
    private double[] choiceProbability = [];

    private double[] receiverRisks = [];
    private double[] bargainSums = [];
    private QueueScratch queueScratch = null!;
    private Action<int> statusQuoRow = null!;
    private Action<int, double[]> valueBargains = null!;
    private Action<int, QueueScratch> queueElection = null!;
    private Func<double[]> newBargainSums = null!;
    private Func<QueueScratch> newQueueScratch = null!;
    private bool drawChoices;

    private void AllocateBargains()
    {
        receiverRisks = new double[n];
        bargainSums = new double[challengerTile * n];
        queueScratch = new QueueScratch(n, options);
        statusQuoRow = StatusQuoValue;
        valueBargains = ValueBargains;
        queueElection = QueueElection;
        newBargainSums = () => new double[challengerTile * n];
        newQueueScratch = () => new QueueScratch(n, options);
        int most = 2 * n;
        bargainInitiator = new int[most];
        bargainReceiver = new int[most];
        bargainInitiatorPoint = new double[most * dims];
        bargainReceiverPoint = new double[most * dims];
        bargainValue = new double[most * n];
        statusQuoValue = new double[n];
        bargainRisk = new double[n];
        queueStart = new int[n + 1];
        queueBargain = new int[2 * most];
        queueProbability = new double[2 * most + n];
        choice = new int[n];
        choiceProbability = new double[n];
    }

    /// <summary>Each actor with a target proposes the bargain(s) of the bargaining model, in actor order.</summary>
    private void ProposeBargains()
    {
        bargainCount = 0;
        var perceived = receiverRisks;
        for (int i = 0; i < n; i++)
        {
            int j = target[i];
            if (j < 0) continue;
            double pi = targetWin[i];
            if (options.BargnModel == BargnModel.InitOnlyInterp)
            {
                AddBargain(i, j, pi);
                continue;
            }
            double pReceiver = ReceiverView(i, j, perceived);
            if (options.BargnModel == BargnModel.InitRcvrInterp)
            {
                AddBargain(i, j, pi);
                AddBargain(i, j, pReceiver);
                continue;
            }
            int first = AddBargain(i, j, pi);
            int second = AddBargain(i, j, pReceiver);
            // Power-weighted compromise; KTAB weighs the receiver's view with i's capability.
            double wi = capability[i] * totalSalience[i];
            double wj = (options.IsKtab ? capability[i] : capability[j]) * totalSalience[j];
            for (int k = 0; k < dims; k++)
            {
                int f = first * dims + k, s = second * dims + k;
                bargainInitiatorPoint[f] = (wi * bargainInitiatorPoint[f] + wj * bargainInitiatorPoint[s]) / (wi + wj);
                bargainReceiverPoint[f] = (wi * bargainReceiverPoint[f] + wj * bargainReceiverPoint[s]) / (wi + wj);
            }
            bargainCount = first + 1;
        }
    }

    /// <summary>
    /// The "probability that i wins" behind the receiver's bargain: j's estimate, from
    /// probEduChlg(j, i, i, j). KTAB takes the second element of that pair — i's expected gain —
    /// instead of the first, the probability; the parley preset takes the probability.
    /// </summary>
    internal double ReceiverView(int i, int j, double[] perceived)
    {
        PerceivedRisks(j, perceived);
        var (win, gain) = Challenge(i, i, j, perceived);
        return options.IsKtab ? gain : win;
    }

    /// <summary>Interpolates the bargain between i and j with p_I = <paramref name="pi"/> on every dimension.</summary>
    private int AddBargain(int i, int j, double pi)
    {
        int b = bargainCount++;
        bargainInitiator[b] = i;
        bargainReceiver[b] = j;
        double pj = 1 - pi;
        for (int k = 0; k < dims; k++)
        {
            double ti = position[i * dims + k], tj = position[j * dims + k];
            double si = salience[i * dims + k], sj = salience[j * dims + k];
            double bi, bj;
            switch (options.InterVecBrgn)
            {
                case InterVecBrgn.S2PMax:
                {
                    double di = (pj > pi) ? (pj - pi) : 0;
                    double dj = (pi > pj) ? (pi - pj) : 0;
                    double si2 = si * si, sj2 = sj * sj;
                    double fi = (di * sj2) / ((di * sj2) + BargainWeightFloor + ((1 - di) * si2));
                    double fj = (dj * si2) / ((dj * si2) + BargainWeightFloor + ((1 - dj) * sj2));
                    bi = ti + fi * (tj - ti);
                    bj = tj + fj * (ti - tj);
                    break;
                }
                default:
                {
                    double e = options.InterVecBrgn == InterVecBrgn.S1P1 ? 1 : 2;
                    double wi = Math.Pow(si, e) * Math.Pow(pi, e);
                    double wj = Math.Pow(sj, e) * Math.Pow(pj, e);
                    bi = KtabFunctions.Round4(((wi + BargainWeightFloor) * ti + wj * tj) / (wi + BargainWeightFloor + wj));
                    bj = KtabFunctions.Round4((wi * ti + (BargainWeightFloor + wj) * tj) / (wi + BargainWeightFloor + wj));
                    break;
                }
            }
            bargainInitiatorPoint[b * dims + k] = bi;
            bargainReceiverPoint[b * dims + k] = bj;
        }
        return b;
    }

    /// <summary>
    /// Values every bargain for every actor, holds each actor's election over its queue and picks
    /// its new position: the most likely bargain, or one drawn in actor order (stochastic).
    /// </summary>
    private void ResolveBargains(bool riskNeutral, KtabPrng? random)
    {
        if (riskNeutral) Array.Clear(bargainRisk);
        else Array.Copy(risk, bargainRisk, n);
        BuildQueues();

        parallel.For(0, n, statusQuoRow);
        parallel.For(0, (bargainCount + challengerTile - 1) / challengerTile, bargainSums, newBargainSums, valueBargains);
        drawChoices = random is not null;
        parallel.For(0, n, queueScratch, newQueueScratch, queueElection);

        if (random is null) return;
        // Draws in actor order, after every election: the same seed gives the same run on any thread count.
        for (int k = 0; k < n; k++)
        {
            int start = queueStart[k], m = queueStart[k + 1] - start + 1;
            var p = queueProbability.AsSpan(start + k, m);
            SetChoice(k, Select(random, p), p);
        }
    }

    /// <summary>Average utility to actor a of the state as it is (the status-quo "bargain").</summary>
    private void StatusQuoValue(int a)
    {
        double sum = 0.0;
        for (int q = 0; q < n; q++) sum = sum + own[a * n + q];
        statusQuoValue[a] = sum / n;
    }

    /// <summary>Actor k's election over its queue: status quo first, then its bargains in order.</summary>
    private void QueueElection(int k, QueueScratch scratch)
    {
        int start = queueStart[k], count = queueStart[k + 1] - start;
        int m = count + 1;
        var utility = scratch.Utility(n * m);
        for (int a = 0; a < n; a++)
        {
            utility[a * m] = statusQuoValue[a];
            for (int q = 0; q < count; q++) utility[a * m + 1 + q] = bargainValue[queueBargain[start + q] * n + a];
        }
        var p = queueProbability.AsSpan(start + k, m);
        scratch.Election.Solve(utility, capability, n, m, p);
        if (!drawChoices) SetChoice(k, CondorcetElection.MostLikely(p), p);
    }

    private void SetChoice(int k, int option, ReadOnlySpan<double> p)
    {
        choice[k] = option == 0 ? -1 : queueBargain[queueStart[k] + option - 1];
        choiceProbability[k] = p[option];
    }

    /// <summary><c>PRNG::probSel</c>: one uniform draw, the first option whose cumulative probability reaches it.</summary>
    private static int Select(KtabPrng random, ReadOnlySpan<double> p)
    {
        double u = random.Uniform(0.0, 1.0);
        double cumulative = 0;
        for (int m = 0; m < p.Length; m++)
        {
            cumulative += p[m];
            if (u <= cumulative) return m;
        }
        return p.Length - 1;
    }

    /// <summary>Queues by actor: every bargain goes to its initiator and its receiver, in bargain order.</summary>
    private void BuildQueues()
    {
        Array.Clear(queueStart);
        for (int b = 0; b < bargainCount; b++)
        {
            queueStart[bargainInitiator[b] + 1]++;
            queueStart[bargainReceiver[b] + 1]++;
        }
        for (int k = 0; k < n; k++) queueStart[k + 1] += queueStart[k];
        Span<int> fill = n <= 1024 ? stackalloc int[n] : new int[n];
        queueStart.AsSpan(0, n).CopyTo(fill);
        for (int b = 0; b < bargainCount; b++)
        {
            queueBargain[fill[bargainInitiator[b]]++] = b;
            queueBargain[fill[bargainReceiver[b]]++] = b;
        }
    }

    /// <summary>
    /// The value to every actor a of the state after each bargain b of a tile, all other positions
    /// unchanged: (u_a(z_I) + u_a(z_R) + Σ_{q ∉ {I,R}} U^a(a,q)) / N, summed in that order. Positions
    /// q are the outer loop, voters a the inner, vectorised one (rows of ownT), and the bargains of
    /// a tile share each row, so large scenarios read the utility table once per tile.
    /// </summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ValueBargains(int tile, double[] scratch)
    {
        int first = tile * challengerTile, last = Math.Min(bargainCount, first + challengerTile);
        for (int b = first; b < last; b++)
        {
            var zi = bargainInitiatorPoint.AsSpan(b * dims, dims);
            var zr = bargainReceiverPoint.AsSpan(b * dims, dims);
            var sum = scratch.AsSpan((b - first) * n, n);
            for (int a = 0; a < n; a++)
            {
                var from = ideal.AsSpan(a * dims, dims);
                var weights = salience.AsSpan(a * dims, dims);
                double ui = KtabFunctions.Utility(KtabFunctions.Distance(from, zi, weights, salienceSquares[a]), bargainRisk[a]);
                double ur = KtabFunctions.Utility(KtabFunctions.Distance(from, zr, weights, salienceSquares[a]), bargainRisk[a]);
                double total = 0.0;
                total = total + ui;
                total = total + ur;
                sum[a] = total;
            }
        }
        int vectorEnd = Vector.IsHardwareAccelerated ? n - n % Vector<double>.Count : 0;
        for (int q = 0; q < n; q++)
        {
            int row = q * n;
            for (int b = first; b < last; b++)
            {
                if (q == bargainInitiator[b] || q == bargainReceiver[b]) continue;
                var sum = scratch.AsSpan((b - first) * n, n);
                int a = 0;
                for (; a < vectorEnd; a += Vector<double>.Count)
                {
                    (new Vector<double>(sum[a..]) + new Vector<double>(ownT, row + a)).CopyTo(sum[a..]);
                }
                for (; a < n; a++) sum[a] = sum[a] + ownT[row + a];
            }
        }
        for (int b = first; b < last; b++)
        {
            var sum = scratch.AsSpan((b - first) * n, n);
            for (int a = 0; a < n; a++) bargainValue[b * n + a] = sum[a] / n;
        }
    }

    /// <summary>Per-thread scratch for the queue elections.</summary>
    private sealed class QueueScratch(int actors, SmpOptions options)
    {
        private double[] utility = new double[actors * 4];

        public CondorcetElection Election { get; } = new(options.VotingRule, options.VictoryProbModel, options.PceModel, options.TiledFrom);

        public double[] Utility(int size)
        {
            if (utility.Length < size) utility = new double[size];
            return utility;
        }
    }
}
