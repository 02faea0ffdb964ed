using System.Collections.Immutable;

namespace Parley.Models.Spatial;

/// <summary>
/// One run of KTAB's Spatial Model of Politics (spec §5), in KTAB's operation order. The run is
/// split by stage: per-state quantities (SpatialEngine.State.cs), challenges and targets
/// (SpatialEngine.Challenges.cs), bargains and their resolution (SpatialEngine.Bargains.cs).
/// Arrays are allocated once per shape and reused across runs, so Monte Carlo does not allocate.
/// Not thread-safe: one engine per thread.
/// </summary>
internal sealed partial class SpatialEngine
{
    private const double StopRatio = 0.02;
    private const double MinSignificantDelta = 1e-4;
    private const int MinRounds = 2;
    public const int KtabMinActors = 3;
    public const int KtabMaxActors = 250;

    private readonly int n;
    private readonly int dims;
    private readonly SmpOptions options;
    private readonly Parallelism parallel;

    // Inputs (0–1 scale, actor-major).
    private readonly double[] capability;
    private readonly double[] salience;
    private readonly double[] totalSalience;
    private readonly double[] salienceSquares;
    private readonly double[] challengeWeight;
    private readonly double[] accommodation;
    private bool identityAccommodation = true;

    // The current state.
    private double[] position;
    private double[] nextPosition;
    private readonly double[] ideal;

    public SpatialEngine(int actors, int dimensions, SmpOptions options)
    {
        n = actors;
        dims = dimensions;
        this.options = options;
        parallel = new Parallelism(options.MaxThreads);
        capability = new double[n];
        salience = new double[n * dims];
        totalSalience = new double[n];
        salienceSquares = new double[n];
        challengeWeight = new double[n];
        accommodation = new double[n * n];
        position = new double[n * dims];
        nextPosition = new double[n * dims];
        ideal = new double[n * dims];
        AllocateState();
        AllocateChallenges();
        AllocateBargains();
    }

    public int ActorCount => n;

    public int DimensionCount => dims;

    public SmpOptions Options => options;

    /// <summary>Loads a problem: capabilities, positions and saliences on 0–1, optional accommodation matrix.</summary>
    public void Load(SpatialInput input)
    {
        if (input.ActorCount != n || input.DimensionCount != dims) throw new ArgumentException("Shape differs from the engine's.", nameof(input));
        input.Capability.CopyTo(capability, 0);
        input.Position.CopyTo(position, 0);
        input.Salience.CopyTo(salience, 0);
        identityAccommodation = input.Accommodation is null;
        if (input.Accommodation is { } matrix) matrix.CopyTo(accommodation, 0);
        Prepare();
    }

    /// <summary>Spans to fill directly (the scenario path), followed by <see cref="Prepare"/>.</summary>
    internal Span<double> CapabilityBuffer => capability;

    internal Span<double> PositionBuffer => position;

    internal Span<double> SalienceBuffer => salience;

    internal Span<double> AccommodationBuffer => accommodation;

    internal void SetIdentityAccommodation(bool identity) => identityAccommodation = identity;

    /// <summary>Derived inputs and KTAB's own checks; ideals start at the positions.</summary>
    internal void Prepare()
    {
        for (int i = 0; i < n; i++)
        {
            double total = 0, squares = 0;
            for (int k = 0; k < dims; k++)
            {
                double s = salience[i * dims + k];
                total = total + s;
                squares = squares + (s * s);
            }
            totalSalience[i] = total;
            salienceSquares[i] = squares;
            challengeWeight[i] = total * capability[i];
        }
        Array.Copy(position, ideal, position.Length);
        if (options.IsKtab) KtabInputChecks();
    }

    private void KtabInputChecks()
    {
        if (n < KtabMinActors || n > KtabMaxActors)
        {
            throw new ModelFailedException("smp", $"KTAB runs {KtabMinActors} to {KtabMaxActors} actors; this scenario has {n} (use preset parley for other sizes)");
        }
        for (int i = 0; i < n; i++)
        {
            if (!(capability[i] > 0)) throw new ModelFailedException("smp", $"KTAB stops with 'non-positive voting weight': actor {i + 1} has capability {capability[i]} (use preset parley, where such an actor simply has no vote)");
            if (!(totalSalience[i] > 0)) throw new ModelFailedException("smp", $"KTAB stops on a division by zero: actor {i + 1} has zero salience on every dimension (use preset parley, where such an actor is indifferent)");
        }
    }

    /// <summary>Runs to convergence or the round cap; records every state and round when <paramref name="record"/>.</summary>
    public SpatialRun? Run(bool record, CancellationToken cancellationToken = default)
    {
        var states = record ? ImmutableArray.CreateBuilder<SpatialState>() : null;
        var rounds = record ? ImmutableArray.CreateBuilder<SpatialRound>() : null;
        var random = options.StateTransitions == StateTransitions.Stochastic ? new KtabPrng(options.Seed) : null;

        AnalyzeState();
        // KTAB's --euSMP path resets risk attitudes after state 0's utilities are set.
        bool riskNeutralBargains = options.RiskNeutralFirstBargains;
        states?.Add(RecordState(0));

        double firstMove = 0;
        var reason = SpatialStopReason.RoundCap;
        for (int t = 1; ; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ChooseTargets();
            ProposeBargains();
            ResolveBargains(riskNeutralBargains, random);
            riskNeutralBargains = false;
            double moved = MovePositions();
            rounds?.Add(RecordRound(t, moved));

            UpdateIdeals();
            AnalyzeState();
            states?.Add(RecordState(t));

            if (t == 1) firstMove = moved;
            if (options.MaxRounds <= t) break;
            if (MinRounds <= t && moved / (firstMove + MinSignificantDelta) < StopRatio)
            {
                reason = SpatialStopReason.Converged;
                break;
            }
        }
        if (states is null || rounds is null)
        {
            LastStopReason = reason;
            return null;
        }
        return new SpatialRun(n, dims, options, SalienceConvention.Shares, states.ToImmutable(), rounds.ToImmutable(), reason);
    }

    /// <summary>How the last unrecorded run ended.</summary>
    public SpatialStopReason LastStopReason { get; private set; }

    /// <summary>Adopts the chosen bargains all at once (Jacobi-style); returns Σ_i ‖x_i(t) − x_i(t−1)‖.</summary>
    private double MovePositions()
    {
        for (int i = 0; i < n; i++)
        {
            int b = choice[i];
            var target = nextPosition.AsSpan(i * dims, dims);
            if (b < 0) position.AsSpan(i * dims, dims).CopyTo(target);
            else if (bargainInitiator[b] == i) bargainInitiatorPoint.AsSpan(b * dims, dims).CopyTo(target);
            else bargainReceiverPoint.AsSpan(b * dims, dims).CopyTo(target);
        }
        double moved = 0;
        for (int i = 0; i < n; i++)
        {
            double squares = 0;
            for (int k = 0; k < dims; k++)
            {
                double d = position[i * dims + k] - nextPosition[i * dims + k];
                squares = squares + d * d;
            }
            moved = moved + Math.Sqrt(squares);
        }
        (position, nextPosition) = (nextPosition, position);
        return moved;
    }

    /// <summary>
    /// <c>newIdeals</c>: y_i ← Σ_j A(i,j)·x_j + (1 − min(1, Σ_j A(i,j)))·y_i. With the identity
    /// matrix every term but x_i is an exact zero, so the ideal is the position itself.
    /// </summary>
    private void UpdateIdeals()
    {
        if (identityAccommodation)
        {
            Array.Copy(position, ideal, position.Length);
            return;
        }
        Span<double> point = dims <= 64 ? stackalloc double[dims] : new double[dims];
        for (int i = 0; i < n; i++)
        {
            point.Clear();
            double rowSum = 0.0;
            for (int j = 0; j < n; j++)
            {
                double a = accommodation[i * n + j];
                rowSum = rowSum + a;
                for (int k = 0; k < dims; k++) point[k] = point[k] + (a * position[j * dims + k]);
            }
            rowSum = (1.0 < rowSum) ? 1.0 : rowSum;
            double lag = 1.0 - rowSum;
            for (int k = 0; k < dims; k++) ideal[i * dims + k] = point[k] + (lag * ideal[i * dims + k]);
        }
    }

    /// <summary>The final state's expected position (over its election among distinct positions) on each dimension (0–1).</summary>
    public void ExpectedOutcome(Span<double> outcome)
    {
        WinningProbabilities();
        outcome.Clear();
        for (int u = 0; u < uniqueCount; u++)
        {
            int holder = uniqueHolder[u];
            for (int k = 0; k < dims; k++) outcome[k] += uniqueProbability[u] * position[holder * dims + k];
        }
    }

    private SpatialState RecordState(int t)
    {
        WinningProbabilities();
        var win = new double[n];
        for (int i = 0; i < n; i++) win[i] = uniqueProbability[uniqueClass[i]];
        return new SpatialState(t, [.. position], [.. risk], ImmutableArray.Create(win));
    }

    private SpatialRound RecordRound(int t, double moved)
    {
        var challenges = ImmutableArray.CreateBuilder<SpatialChallenge>(n);
        for (int i = 0; i < n; i++) challenges.Add(new SpatialChallenge(i, target[i], targetWin[i], targetGain[i]));
        var bargains = ImmutableArray.CreateBuilder<SpatialBargain>(bargainCount);
        for (int b = 0; b < bargainCount; b++)
        {
            bargains.Add(new SpatialBargain(bargainInitiator[b], bargainReceiver[b],
                [.. bargainInitiatorPoint.AsSpan(b * dims, dims)], [.. bargainReceiverPoint.AsSpan(b * dims, dims)]));
        }
        var choices = ImmutableArray.CreateBuilder<SpatialChoice>(n);
        for (int i = 0; i < n; i++) choices.Add(new SpatialChoice(i, choice[i], choiceProbability[i], queueStart[i + 1] - queueStart[i] + 1));
        return new SpatialRound(t, challenges.MoveToImmutable(), bargains.MoveToImmutable(), choices.MoveToImmutable(), moved);
    }
}
