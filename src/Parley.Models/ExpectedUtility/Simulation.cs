using System.Globalization;
using Parley.Models.Baseline;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// One run of the model on one dimension, round by round (Scholz's appendix, steps 2–11): reset r
/// to 1 and find μ; compute every actor's exposure to challenges and from it r; recompute with r;
/// let every actor pick one offer; apply all moves at once. Holds the state between rounds in the
/// thread's <see cref="Workspace"/>, so stepping allocates nothing.
/// </summary>
internal sealed class Simulation
{
    private bool byName;
    private StopCause? cause;
    private int stopRound;

    private Simulation(Workspace workspace) => Ws = workspace;

    /// <summary>Why a run stopped, before it is put into words (which allocates, so only on request).</summary>
    private enum StopCause { FewActors, NoSpread, Collapsed, RoundCap, NoMove, WithinTolerance, DegenerateRisk }

    /// <summary>
    /// The calling thread's simulation, set up for a new run. Reused, with its workspace, from run
    /// to run: valid until the thread starts the next one.
    /// </summary>
    public static Simulation Start(ExpectedUtilityOptions options, ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences, ReadOnlySpan<int> nameGroups, bool forceDirect = false)
    {
        var workspace = Workspace.For(positions.Length);
        var sim = workspace.Simulation ??= new Simulation(workspace);
        sim.Begin(options, positions, capabilities, saliences, nameGroups, forceDirect);
        return sim;
    }

    private void Begin(ExpectedUtilityOptions options, ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences, ReadOnlySpan<int> nameGroups, bool forceDirect)
    {
        Options = options;
        Total = positions.Length;
        UsesSweep = options.SweepApplies && !forceDirect;
        byName = options.Identity == ActorIdentity.ByName && nameGroups.Length == Total;
        cause = null;
        stopRound = 0;
        Round = 0;
        int n = 0;
        for (int i = 0; i < Total; i++)
        {
            Ws.Full[i] = positions[i];
            // c·s in this order, as every replication multiplies it.
            double w = capabilities[i] * saliences[i];
            // Unless the options say otherwise, an actor without weight does not bargain at all.
            if (!options.WeightlessActorsBargain && !(w > 0)) continue;
            Ws.Member[n] = i;
            Ws.X[n] = positions[i];
            Ws.C[n] = capabilities[i];
            Ws.S[n] = saliences[i];
            Ws.W[n] = w;
            Ws.Risk[n] = double.NaN;
            Ws.Moved[n] = false;
            Ws.Group[n] = byName ? nameGroups[i] : n;
            n++;
        }
        N = n;
        if (!UsesSweep) Ws.EnsureMatrices(N);
        if (byName) BuildAliases();

        Range = options.Range switch
        {
            RangeRule.Explicit => options.RangeMax - options.RangeMin,
            _ => Spread(),
        };
        if (N < 2) cause = StopCause.FewActors;
        else if (!(Range > 0) || !double.IsFinite(Range)) cause = StopCause.NoSpread;
        Summarise();
    }

    /// <summary>All actors of the dimension, bargaining or not.</summary>
    public int Total { get; private set; }

    /// <summary>Every actor's position in scenario order (those that do not bargain stay put).</summary>
    public ReadOnlySpan<double> FullPositions => Ws.Full.AsSpan(0, Total);

    /// <summary>The scenario index of bargaining actor <paramref name="k"/>.</summary>
    public int Member(int k) => Ws.Member[k];

    public ExpectedUtilityOptions Options { get; private set; } = ExpectedUtilityPresets.Parley;

    /// <summary>The actors that bargain (weightless ones may sit out).</summary>
    public int N { get; private set; }

    public Workspace Ws { get; }

    public bool UsesSweep { get; private set; }

    /// <summary>Δ, the range that normalises distances.</summary>
    public double Range { get; private set; }

    /// <summary>Rounds completed.</summary>
    public int Round { get; private set; }

    /// <summary>The median of the current positions by the options' rule.</summary>
    public double Median { get; private set; }

    public double WeightedMedian { get; private set; }

    public double Mean { get; private set; }

    /// <summary>μ within the current round (risk pass, then offer pass).</summary>
    public double Mu { get; set; }

    public bool Stopped => cause is not null;

    public bool HasNoSpread => cause is StopCause.FewActors or StopCause.NoSpread or StopCause.Collapsed;

    /// <summary>Why the run ended, in words (null while it runs).</summary>
    public StopReason? Stop => cause switch
    {
        null => null,
        StopCause.FewActors => new(StopKind.NoSpread, 0, "fewer than two actors with capability × salience above zero, so nobody bargains"),
        StopCause.NoSpread => new(StopKind.NoSpread, 0, "the positions have no spread, so there is nothing to bargain over"),
        StopCause.Collapsed => new(StopKind.NoSpread, stopRound, Text($"all actors stand at one position after round {stopRound}")),
        StopCause.RoundCap => new(StopKind.RoundCap, stopRound, Text($"round cap reached after round {stopRound}")),
        StopCause.NoMove => new(StopKind.Stable, stopRound, Text($"stable: no actor moved in round {stopRound + 1}")),
        StopCause.WithinTolerance => new(StopKind.Stable, stopRound, Text($"converged: no move in round {stopRound} exceeded {Options.MoveTolerance:G3} of the range")),
        _ => new(StopKind.DegenerateRisk, stopRound,
            Text($"round {stopRound + 1}: every actor is equally exposed to challenges (max = min), so the risk exponents are undefined; stopped after round {stopRound} (the replication raises ZeroDivisionError here)")),
    };

    public Span<double> X => Ws.X.AsSpan(0, N);

    public ReadOnlySpan<double> C => Ws.C.AsSpan(0, N);

    public ReadOnlySpan<double> S => Ws.S.AsSpan(0, N);

    public ReadOnlySpan<double> W => Ws.W.AsSpan(0, N);

    public Span<double> Risk => Ws.Risk.AsSpan(0, N);

    /// <summary>
    /// The index the replication actually looks up when actor <paramref name="a"/> asks about
    /// actor <paramref name="b"/>: <paramref name="b"/> itself, or under name keys the last other
    /// actor sharing b's name (−1: a asked about its own, unshared name).
    /// </summary>
    public int Alias(int a, int b) => byName ? Ws.Alias[a * N + b] : (a == b ? -1 : b);

    /// <summary>
    /// Plays one round. False when the run is over (see <see cref="Stop"/>); a round in which nobody
    /// moves ends the run without being counted, when the options stop on stability.
    /// </summary>
    public bool Step()
    {
        if (cause is not null) return false;
        var o = Options;
        if (Round >= o.Rounds) return Halt(StopCause.RoundCap, Round);
        int round = Round + 1;
        if (o.Range == RangeRule.CurrentSpread)
        {
            Range = Spread();
            if (!(Range > 0)) return Halt(StopCause.Collapsed, Round);
        }

        if (!PrepareRisk(round)) return false;
        PlayOffers();

        double largestMove = 0;
        bool anyMove = false;
        for (int i = 0; i < N; i++)
        {
            double move = Math.Abs(Ws.Next[i] - Ws.X[i]);
            if (move > largestMove) largestMove = move;
            if (Ws.Next[i] != Ws.X[i]) anyMove = true;
        }
        if (o.StopWhenStable && !anyMove) return Halt(StopCause.NoMove, Round);
        Ws.Next.AsSpan(0, N).CopyTo(X);
        for (int k = 0; k < N; k++) Ws.Full[Ws.Member[k]] = Ws.X[k];
        Round = round;
        Summarise();
        if (o.StopWhenStable && o.MoveTolerance > 0 && largestMove <= o.MoveTolerance * Range) Halt(StopCause.WithinTolerance, Round);
        return true;
    }

    /// <summary>
    /// Steps 2–10 without the moves: μ, exposures at r = 1, risk exponents and the offer-pass μ of
    /// the coming round. False (with <see cref="Stop"/> set) when the exposures are all equal and
    /// the options stop there.
    /// </summary>
    public bool PrepareRisk(int round)
    {
        var o = Options;
        // μ of the start-of-round positions is the median reported after the previous round.
        Mu = o.Range == RangeRule.CurrentSpread ? MedianVoter.Find(o.Median, X, C, S, W, Range) : Median;
        var danger = Ws.Danger.AsSpan(0, N);
        if (UsesSweep) SweepPasses.Exposure(this, danger);
        else DirectPasses.Exposure(this, danger);

        double max = double.NegativeInfinity, min = double.PositiveInfinity;
        foreach (double d in danger)
        {
            if (d > max) max = d;
            if (d < min) min = d;
        }
        double spread = max - min;
        bool degenerate = spread == 0 || Math.Abs(spread) < o.NearZero || !double.IsFinite(spread);
        if (degenerate)
        {
            switch (o.DegenerateRisk)
            {
                case DegenerateRisk.Stop:
                    return Halt(StopCause.DegenerateRisk, Round);
                case DegenerateRisk.ZeroExponent:
                    Risk.Fill(0);
                    break;
                default:
                    Risk.Fill(1);
                    break;
            }
        }
        else
        {
            for (int i = 0; i < N; i++) Risk[i] = Utilities.RiskExponent((2 * danger[i] - max - min) / (max - min));
        }
        if (o.OfferMedian != o.Median) Mu = MedianVoter.Find(o.OfferMedian, X, C, S, W, Range);
        return true;
    }

    private bool Halt(StopCause why, int round)
    {
        cause = why;
        stopRound = round;
        return false;
    }

    private void PlayOffers()
    {
        if (UsesSweep) SweepPasses.Offers(this);
        else DirectPasses.Offers(this);
    }

    private void Summarise()
    {
        Median = N == 0 ? double.NaN : MedianVoter.Find(Options.Median, X, C, S, W, Range > 0 ? Range : 1);
        WeightedMedian = Options.Median == MedianRule.WeightedMedian ? Median : WeightedStatistics.Median(X, S, C);
        Mean = WeightedStatistics.Mean(X, S, C);
    }

    private double Spread()
    {
        if (N == 0) return 0;
        double min = Ws.X[0], max = Ws.X[0];
        for (int i = 1; i < N; i++)
        {
            min = Math.Min(min, Ws.X[i]);
            max = Math.Max(max, Ws.X[i]);
        }
        return max - min;
    }

    private void BuildAliases()
    {
        // dmasad keeps per-actor dictionaries keyed by name, filled in actor order: the entry for a
        // name ends up holding the last other actor of that name.
        for (int a = 0; a < N; a++)
        {
            for (int b = 0; b < N; b++)
            {
                int last = -1;
                for (int k = 0; k < N; k++)
                {
                    if (k != a && Ws.Group[k] == Ws.Group[b]) last = k;
                }
                Ws.Alias[a * N + b] = last;
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
