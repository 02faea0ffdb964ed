using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Parley.Models.Exchange;

/// <summary>
/// Stokman and Van Oosten's position-exchange model with the equal-gain rule, round by round, as
/// Decide (foarsitter/decide-exchange-model) runs it: see docs/models/exchange-model.md for every
/// formula and departure. One engine per thread; its arrays are reused from run to run so that
/// <see cref="ExchangeModel.Predict"/> allocates next to nothing once warm.
/// </summary>
/// <remarks>
/// Within a round the candidates form a list that is stable-sorted by gain (rounded to 1e-12,
/// highest first) before each pick; recalculated candidates keep their old list place among
/// equal keys. Re-sorting a million candidates after every execution would be quadratic, so the
/// list is an indexed heap ordered by (key, stamp) where the stamps are kept consistent with the
/// list order Decide would have (see <see cref="Restamp"/>), and only the candidates an execution
/// touches are found (through a per actor-issue index) and recalculated.
/// </remarks>
internal sealed partial class ExchangeEngine
{
    // Decide's thresholds (normalised 0–100 scale) and the anchor's tolerances for a double port.
    private const double MinMove = 1e-10;
    private const double MinGain = 1e-10;
    private const double BoundSlack = 1e-9;
    private const double CrossingTolerance = 1e-9;
    private const double TieKeyScale = 1e12;

    private struct Side
    {
        public int Actor;
        public int Supply;
        public int Demand;
        public double SupplyPos;   // current supply position (updated when the actor executes on it)
        public double Move;        // the current computed move (last entry of Decide's moves list)
        public bool HasMove;
        public double PrefixSum;   // older computed moves still in Decide's list (B4)
        public int PrefixPositive;
        public int PrefixNegative;
        public int PrefixCount;
        public double EqualGainVoting;
        public double Nbs0;
        public double Nbs1;
        public bool Cut;

        public readonly double Y => SupplyPos + Move;
    }

    private struct Candidate
    {
        public Side I;            // supplies Q, demands P
        public Side J;            // supplies P, demands Q
        public double Gain;
        public double Eu;         // equal gain before the cut (Decide's eu columns)
        public double Dp;
        public double Dq;
        public long Key;
        public long Stamp;
        public int Updates;       // head of this candidate's remembered moves (-1: none)
        public bool AD;
        public bool Valid;
    }

    private struct Update
    {
        public int Issue;
        public int Actor;
        public double Value;
        public int Next;
    }

    private ExchangeOptions options = ExchangeOptions.Parley;
    private ExchangeInput input = null!;
    private int n, m;

    private double[] x = [];          // round-start positions
    private double[] weight = [];     // power × salience, 0 where absent
    private double[] denominator = [];
    private double[] sum = [];        // Σ weight × x per issue (round start)
    private bool[] left = [];

    private Candidate[] candidates = [];
    private int candidateCount;
    private Update[] updates = [];
    private int updateCount;

    private HeapEntry[] heap = [];
    private int[] heapIndex = [];
    private int heapCount;

    private int[] indexStart = [];
    private int[] indexEntries = [];
    private int[] visited = [];
    private int visitMark;
    private readonly List<(int Candidate, long Key, long Stamp)> batch = [];

    public ExchangeRun Run(ExchangeInput data, ExchangeOptions settings, CancellationToken cancellationToken = default)
    {
        var rounds = ImmutableArray.CreateBuilder<ExchangeRound>(settings.Rounds);
        var exchanges = ImmutableArray.CreateBuilder<ExecutedExchange>();
        Execute(data, settings, rounds, exchanges, null, cancellationToken);
        return new ExchangeRun(data, settings, rounds.ToImmutable(), exchanges.ToImmutable());
    }

    /// <summary>The last round's voting outcome per issue, on each issue's own scale.</summary>
    public void Predict(ExchangeInput data, ExchangeOptions settings, Span<double> outcomes)
    {
        var voting = new double[data.IssueCount];
        Execute(data, settings, null, null, voting, CancellationToken.None);
        for (int k = 0; k < data.IssueCount; k++) outcomes[k] = data.Denormalize(k, voting[k]);
    }

    private void Execute(ExchangeInput data, ExchangeOptions settings,
        ImmutableArray<ExchangeRound>.Builder? rounds, ImmutableArray<ExecutedExchange>.Builder? exchanges,
        double[]? votingOut, CancellationToken cancellationToken)
    {
        input = data;
        options = settings;
        n = data.ActorCount;
        m = data.IssueCount;
        int cells = n * m;
        Ensure(ref x, cells);
        Ensure(ref weight, cells);
        Ensure(ref left, cells);
        Ensure(ref denominator, m);
        Ensure(ref sum, m);
        Array.Copy(data.Position, x, cells);
        for (int c = 0; c < cells; c++) weight[c] = data.Present[c] ? data.Salience[c] * data.Power[c] : 0;

        var voting = new double[cells];
        var realized = new List<int>();
        for (int round = 1; round <= settings.Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var preference = new double[m];
            for (int k = 0; k < m; k++)
            {
                double d = 0, s = 0;
                for (int i = 0; i < n; i++)
                {
                    int c = k * n + i;
                    if (!data.Present[c]) continue;
                    // Decide's order: position × salience × power, salience × power.
                    s += x[c] * data.Salience[c] * data.Power[c];
                    d += data.Salience[c] * data.Power[c];
                }
                denominator[k] = d;
                sum[k] = s;
                preference[k] = d == 0 ? 0 : s / d;
                for (int i = 0; i < n; i++) left[k * n + i] = x[k * n + i] <= preference[k];
            }

            BuildCandidates(out int created, out int valid);
            BuildIndex();
            realized.Clear();
            int nearTies = 0;
            var externalities = rounds is null ? null : new Externalities[n];
            while (heapCount > 0)
            {
                int chosen = HeapPop();
                if (heapCount > 0 && Math.Abs(candidates[chosen].Gain - candidates[heap[0].Candidate].Gain) < 1e-12) nearTies++;
                realized.Add(chosen);
                candidates[chosen].Valid = false;
                RecalculateAffected(chosen);
                if (exchanges is not null) exchanges.Add(Record(round, realized.Count, chosen, externalities!));
            }

            // Voting positions: every realized exchange in order, the last one per actor-issue wins.
            Array.Copy(x, voting, cells);
            foreach (int e in realized)
            {
                ref var c = ref candidates[e];
                voting[c.I.Supply * n + c.I.Actor] = c.I.Y;
                voting[c.J.Supply * n + c.J.Actor] = c.J.Y;
            }
            var votingOutcome = new double[m];
            for (int k = 0; k < m; k++)
            {
                double s = 0;
                for (int i = 0; i < n; i++)
                {
                    int c = k * n + i;
                    if (data.Present[c]) s += voting[c] * data.Salience[c] * data.Power[c];
                }
                votingOutcome[k] = denominator[k] == 0 ? 0 : s / denominator[k];
            }

            var next = (double[])x.Clone();
            foreach (int e in realized)
            {
                ref var c = ref candidates[e];
                next[c.I.Supply * n + c.I.Actor] = NewStart(c.I);
                next[c.J.Supply * n + c.J.Actor] = NewStart(c.J);
            }

            rounds?.Add(new ExchangeRound(round, [.. preference], [.. votingOutcome], created, valid, realized.Count, nearTies,
                [.. x.AsSpan(0, cells)], [.. voting.AsSpan(0, cells)], [.. next.AsSpan(0, cells)], [.. externalities!]));
            if (votingOut is not null) votingOutcome.CopyTo(votingOut, 0);
            Array.Copy(next, x, cells);
        }
    }

    /// <summary>x' = (1−s)·w_s·y + w_f·y + (1 − (1−s)·w_s − w_f)·x0, in Decide's order of operations.</summary>
    private double NewStart(in Side side)
    {
        int c = side.Supply * n + side.Actor;
        double s = input.Salience[c], x0 = x[c], y = side.Y;
        double sw = options.SalienceWeight, fw = options.FixedWeight;
        return (1 - s) * sw * y + fw * y + (1 - (1 - s) * sw - fw) * x0;
    }

    private void BuildCandidates(out int created, out int valid)
    {
        candidateCount = 0;
        updateCount = 0;
        heapCount = 0;
        created = 0;
        valid = 0;
        for (int p = 0; p < m; p++)
        {
            for (int q = p + 1; q < m; q++)
            {
                // Groups relative to both outcomes: a right on both, b left on p only, c left on q only, d left on both.
                for (int pass = 0; pass < 2; pass++)
                {
                    int groupI = pass == 0 ? 0 : 1, groupJ = pass == 0 ? 3 : 2;
                    for (int i = 0; i < n; i++)
                    {
                        if (Group(i, p, q) != groupI) continue;
                        for (int j = 0; j < n; j++)
                        {
                            if (Group(j, p, q) != groupJ) continue;
                            int e = NewCandidate(i, j, p, q, pass == 0);
                            created++;
                            Calculate(e);
                            if (candidates[e].Valid)
                            {
                                valid++;
                                candidates[e].Stamp = e;
                                HeapPush(e);
                            }
                        }
                    }
                }
            }
        }
        Ensure(ref visited, candidateCount);
        Array.Clear(visited, 0, candidateCount);
        visitMark = 0;
    }

    private int Group(int actor, int p, int q)
    {
        int cp = p * n + actor, cq = q * n + actor;
        if (!input.Present[cp] || !input.Present[cq]) return -1;
        return (left[cp] ? 1 : 0) | (left[cq] ? 2 : 0);
    }

    private int NewCandidate(int i, int j, int p, int q, bool ad)
    {
        if (candidateCount == candidates.Length) Array.Resize(ref candidates, Math.Max(1024, candidates.Length * 2));
        int e = candidateCount++;
        ref var c = ref candidates[e];
        c = default;
        c.AD = ad;
        c.Updates = -1;
        // The actor with the larger relative salience for p demands p (supplies q): I.
        double si = input.Salience[p * n + i] / input.Salience[q * n + i];
        double sj = input.Salience[p * n + j] / input.Salience[q * n + j];
        int actorI = si < sj ? j : i, actorJ = si < sj ? i : j;
        c.I.Actor = actorI;
        c.I.Supply = q;
        c.I.Demand = p;
        c.I.SupplyPos = x[q * n + actorI];
        c.J.Actor = actorJ;
        c.J.Supply = p;
        c.J.Demand = q;
        c.J.SupplyPos = x[p * n + actorJ];
        return e;
    }

    private double S(int issue, int actor) => input.Salience[issue * n + actor];

    private double C(int issue, int actor) => input.Power[issue * n + actor];

    /// <summary>Decide's <c>EqualGainExchange.calculate</c>: the equal-gain moves, validity and the no-crossing cut.</summary>
    private void Calculate(int e)
    {
        ref var c = ref candidates[e];
        ref var I = ref c.I;
        ref var J = ref c.J;
        int p = J.Supply, q = I.Supply, a = I.Actor, b = J.Actor;
        double xIp = x[p * n + a], xJq = x[q * n + b];
        double sIp = S(p, a), sIq = S(q, a), sJp = S(p, b), sJq = S(q, b);
        double cIq = C(q, a), cJp = C(p, b);

        // J moves all the way to I's position on p; I pays back on q at the equal-gain rate.
        double dp = Math.Abs(xIp - J.SupplyPos) * sJp * cJp / denominator[p];
        double dq = (sJp + sIp) / (sJq + sIq) * dp;
        double mI = dq * denominator[q] / (cIq * sIq);
        double mJ = Math.Abs(xIp - J.SupplyPos);
        if (Math.Abs(mI) > Math.Abs(xJq - I.SupplyPos))
        {
            // I would overshoot J's position: I moves all the way instead.
            dq = Math.Abs(xJq - I.SupplyPos) * sIq * cIq / denominator[q];
            dp = (sIq + sJq) / (sIp + sJp) * dq;
            mI = Math.Abs(xJq - I.SupplyPos);
            mJ = dp * denominator[p] / (cJp * sJp);
        }
        if (I.SupplyPos > xJq) mI = -mI;
        if (J.SupplyPos > xIp) mJ = -mJ;
        Append(ref I, mI);
        Append(ref J, mJ);
        I.EqualGainVoting = I.Y;
        J.EqualGainVoting = J.Y;
        c.Dp = dp;
        c.Dq = dq;
        c.Gain = Math.Abs(dq * sIq - dp * sIp);
        c.Eu = c.Gain;

        c.Valid = MoveValid(I) && MoveValid(J) && c.Gain >= MinGain;
        if (!c.Valid) return;
        if (!options.KeepStaleViews)
        {
            // Decide never clears the cut flag of a recalculated candidate; parley reports this calculation only.
            I.Cut = false;
            J.Cut = false;
        }
        CheckCrossing(ref c, ref I, ref J);
        CheckCrossing(ref c, ref J, ref I);
        if (!options.KeepStaleViews)
        {
            // J's cut changes I's move after I's outcome view was taken: report the view of the final moves.
            I.Nbs1 = Outcome(c.Updates, I.Supply, I.Actor, I.Y);
            J.Nbs1 = Outcome(c.Updates, J.Supply, J.Actor, J.Y);
        }
        c.Valid = MoveValid(I) && MoveValid(J) && (options.GainThresholdBeforeCutOnly || c.Gain >= MinGain);
    }

    private static void Append(ref Side side, double move)
    {
        if (side.HasMove)
        {
            side.PrefixSum += side.Move;
            if (side.Move > 0) side.PrefixPositive++;
            else if (side.Move < 0) side.PrefixNegative++;
            side.PrefixCount++;
        }
        side.Move = move;
        side.HasMove = true;
    }

    /// <summary>Decide's <c>is_move_valid</c> for the side's current move.</summary>
    private bool MoveValid(in Side side)
    {
        double move = side.Move;
        if (Math.Abs(move) > 100 + BoundSlack || Math.Abs(move) <= MinMove) return false;
        double y = side.SupplyPos + move;
        if (y < -BoundSlack || y > 100 + BoundSlack) return false;
        if (!options.KeepMoveHistory)
        {
            // No reversal against what the actor already executed on this issue this round.
            double done = side.SupplyPos - x[side.Supply * n + side.Actor];
            return done == 0 || (done > 0) == (move > 0);
        }
        if (side.PrefixSum + move > 100 + BoundSlack) return false;
        int count = side.PrefixCount + 1;
        int positive = side.PrefixPositive + (move > 0 ? 1 : 0);
        int negative = side.PrefixNegative + (move < 0 ? 1 : 0);
        return positive == count || negative == count;
    }

    /// <summary>
    /// Decide's <c>check_nbs</c> for supplier <paramref name="A"/>: if A's move would push the
    /// (exchange-local) outcome past partner B's position, cut it back so the outcome lands on it,
    /// and re-derive B's move at the equal-gain rate.
    /// </summary>
    private void CheckCrossing(ref Candidate c, ref Side A, ref Side B)
    {
        int a = A.Supply, b = B.Supply;
        A.Nbs0 = Outcome(c.Updates, a, A.Actor, A.SupplyPos);
        A.Nbs1 = Outcome(c.Updates, a, A.Actor, A.Y);
        double t = x[a * n + B.Actor];
        double d0 = t - A.Nbs0, d1 = t - A.Nbs1;
        if ((d0 >= -CrossingTolerance && d1 >= -CrossingTolerance) || (d0 <= CrossingTolerance && d1 <= CrossingTolerance)) return;

        double sAa = S(a, A.Actor), cAa = C(a, A.Actor), sBa = S(a, B.Actor);
        double sAb = S(b, A.Actor), sBb = S(b, B.Actor), cBb = C(b, B.Actor);
        double delta = Math.Abs(ShiftTo(c.Updates, a, A.Actor, A.SupplyPos, t));
        double ra = delta * sAa * cAa / denominator[a];
        double rb = (sAa + sBa) / (sAb + sBb) * ra;
        c.Dp = ra;
        c.Dq = rb;
        double moveB = Math.Abs(rb * denominator[b] / (cBb * sBb));
        double moveA = delta;
        if (B.SupplyPos > x[b * n + A.Actor]) moveB = -moveB;
        if (A.SupplyPos > t) moveA = -moveA;
        B.Move = moveB;
        A.Move = moveA;
        c.Gain = Math.Abs(rb * sBb - ra * sBa);
        A.Nbs1 = Outcome(c.Updates, a, A.Actor, A.Y);
        A.Cut = true;
    }

    /// <summary>
    /// Decide's <c>adjusted_nbs</c>: the outcome of <paramref name="issue"/> as this candidate sees
    /// it — round-start positions, overridden by the moves it remembers, with the actor at <paramref name="z"/>.
    /// </summary>
    private double Outcome(int head, int issue, int actor, double z)
    {
        double s = sum[issue];
        for (int u = head; u >= 0; u = updates[u].Next)
        {
            ref var up = ref updates[u];
            if (up.Issue != issue || up.Actor == actor) continue;
            int c = issue * n + up.Actor;
            s += weight[c] * (up.Value - x[c]);
        }
        int own = issue * n + actor;
        s += weight[own] * (z - x[own]);
        return denominator[issue] == 0 ? 0 : s / denominator[issue];
    }

    /// <summary>
    /// Decide's <c>adjusted_nbs_by_position</c>: how far the actor must move from <paramref name="from"/>
    /// to put the outcome at <paramref name="target"/>. Decide applies the remembered moves after
    /// the actor's own position (B7), so a remembered move of the actor itself wins.
    /// </summary>
    private double ShiftTo(int head, int issue, int actor, double from, double target)
    {
        double s = sum[issue];
        bool ownRemembered = false;
        for (int u = head; u >= 0; u = updates[u].Next)
        {
            ref var up = ref updates[u];
            if (up.Issue != issue) continue;
            if (up.Actor == actor)
            {
                if (!options.KeepStaleViews) continue;
                ownRemembered = true;
            }
            int c = issue * n + up.Actor;
            s += weight[c] * (up.Value - x[c]);
        }
        int own = issue * n + actor;
        if (!ownRemembered) s += weight[own] * (from - x[own]);
        return (target * denominator[issue] - s) / weight[own];
    }

    /// <summary>Decide's <c>remove_invalid_exchanges</c> after <paramref name="executed"/>: recalculates every candidate it touches.</summary>
    private void RecalculateAffected(int executed)
    {
        var X = candidates[executed];
        int a = X.I.Actor, b = X.J.Actor, p = X.J.Supply, q = X.I.Supply;
        visitMark++;
        batch.Clear();
        Collect(a * m + q, in X);
        Collect(a * m + p, in X);
        Collect(b * m + p, in X);
        Collect(b * m + q, in X);
        foreach (var (e, _, _) in batch) HeapRemove(e);
        foreach (var (e, _, _) in batch) Recalculate(e, in X);
        Restamp();
    }

    private void Collect(int cell, in Candidate X)
    {
        for (int k = indexStart[cell]; k < indexStart[cell + 1]; k++)
        {
            int e = indexEntries[k];
            if (visited[e] == visitMark) continue;
            visited[e] = visitMark;
            ref var E = ref candidates[e];
            if (!E.Valid) continue;
            if (Touches(in E, in X)) batch.Add((e, E.Key, E.Stamp));
        }
    }

    private static bool SameSupply(in Side s, in Side t) => s.Actor == t.Actor && s.Supply == t.Supply;

    private static bool SameDemand(in Side s, in Side t) => s.Actor == t.Actor && s.Demand == t.Demand;

    private static bool Touches(in Candidate E, in Candidate X) =>
        SameSupply(E.I, X.I) || SameSupply(E.I, X.J) || SameSupply(E.J, X.I) || SameSupply(E.J, X.J)
        || SameDemand(X.J, E.J) || SameDemand(X.J, E.I) || SameDemand(X.I, E.J) || SameDemand(X.I, E.I);

    /// <summary>Decide's <c>AbstractExchange.recalculate</c>.</summary>
    private void Recalculate(int e, in Candidate X)
    {
        ref var E = ref candidates[e];
        bool matchI = false, matchJ = false;
        if (SameSupply(E.I, X.I)) { E.I.SupplyPos = X.I.Y; matchI = true; }
        else if (SameSupply(E.I, X.J)) { E.I.SupplyPos = X.J.Y; matchI = true; }
        if (SameSupply(E.J, X.I)) { E.J.SupplyPos = X.I.Y; matchJ = true; }
        else if (SameSupply(E.J, X.J)) { E.J.SupplyPos = X.J.Y; matchJ = true; }
        bool recalc = matchI || matchJ;
        if (recalc)
        {
            // Decide appends the executed move to the matched side, then pops the last move of
            // both sides: the matched side keeps its stale computed move, the other loses its own.
            if (!matchI) E.I.HasMove = false;
            if (!matchJ) E.J.HasMove = false;
        }
        if (SameDemand(X.J, E.J) || SameDemand(X.J, E.I))
        {
            Remember(ref E, X.I.Supply, in X.I);
            if (!recalc) { E.I.HasMove = false; E.J.HasMove = false; recalc = true; }
        }
        if (SameDemand(X.I, E.J) || SameDemand(X.I, E.I))
        {
            Remember(ref E, X.J.Supply, in X.J);
            if (!recalc) { E.I.HasMove = false; E.J.HasMove = false; recalc = true; }
        }
        if (recalc) Calculate(e);
    }

    /// <summary>Decide's <c>updates</c> bookkeeping: the candidate remembers that <paramref name="mover"/> moved on <paramref name="issue"/>.</summary>
    private void Remember(ref Candidate E, int issue, in Side mover)
    {
        double y = mover.Y;
        for (int u = E.Updates; u >= 0; u = updates[u].Next)
        {
            ref var up = ref updates[u];
            if (up.Issue != issue || up.Actor != mover.Actor) continue;
            if (options.KeepStaleViews)
            {
                // B6: keeps the smaller displacement from the round start.
                double start = x[issue * n + mover.Actor], old = up.Value;
                up.Value = start <= old ? (old < y ? old : y) : (old > y ? old : y);
            }
            else
            {
                up.Value = y;
            }
            return;
        }
        if (updateCount == updates.Length) Array.Resize(ref updates, Math.Max(256, updates.Length * 2));
        updates[updateCount] = new Update { Issue = issue, Actor = mover.Actor, Value = y, Next = E.Updates };
        E.Updates = updateCount++;
    }

}
