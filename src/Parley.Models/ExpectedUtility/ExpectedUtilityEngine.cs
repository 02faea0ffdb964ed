using System.Collections.Immutable;

namespace Parley.Models.ExpectedUtility;

/// <summary>Which computation a run uses.</summary>
public enum ComputationPath
{
    /// <summary>The O(n² log n) sweep where the options allow it, else the direct path.</summary>
    Automatic,

    /// <summary>Always pair by pair from every voter, O(n³) per round (the reference; for checks and benchmarks).</summary>
    Direct,
}

/// <summary>
/// Bueno de Mesquita's expected-utility ("challenge") model on one dimension, as formalised by
/// Scholz, Calbert &amp; Smith (2011), with every reading of the open replications a switch in
/// <see cref="ExpectedUtilityOptions"/>. Actors are keyed by index. Safe to use from many threads at
/// once: each call works in its thread's own workspace, and <see cref="Predict"/> allocates nothing.
/// </summary>
public sealed class ExpectedUtilityEngine
{
    public ExpectedUtilityEngine(ExpectedUtilityOptions options, ComputationPath path = ComputationPath.Automatic)
    {
        Options = options;
        Path = path;
    }

    public ExpectedUtilityOptions Options { get; }

    public ComputationPath Path { get; }

    /// <summary>Whether runs with these options take the sweep path.</summary>
    public bool UsesSweep => Path == ComputationPath.Automatic && Options.SweepApplies;

    /// <summary>
    /// The full trajectory. <paramref name="nameGroups"/> (optional) gives each actor the index of the
    /// first actor with the same name, for <see cref="ActorIdentity.ByName"/>.
    /// </summary>
    public ExpectedUtilityTrajectory Run(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences, ReadOnlySpan<int> nameGroups = default, CancellationToken cancellationToken = default)
    {
        Check(positions, capabilities, saliences);
        var sim = Simulation.Start(Options, positions, capabilities, saliences, nameGroups, Path == ComputationPath.Direct);
        var rounds = ImmutableArray.CreateBuilder<ExpectedUtilityRound>();
        var noOffers = new AcceptedOffer?[positions.Length].ToImmutableArray();
        rounds.Add(new ExpectedUtilityRound(0, sim.FullPositions.ToImmutableArray(), ImmutableArray<double>.Empty, noOffers, sim.Median, sim.WeightedMedian, sim.Mean));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!sim.Step()) break;
            var offers = new AcceptedOffer?[sim.Total];
            var risk = new double[sim.Total];
            Array.Fill(risk, double.NaN);
            for (int k = 0; k < sim.N; k++)
            {
                int i = sim.Member(k);
                risk[i] = sim.Risk[k];
                if (sim.Ws.Moved[k]) offers[i] = sim.Ws.Offers[k] with { Proposer = sim.Member(sim.Ws.Offers[k].Proposer) };
            }
            rounds.Add(new ExpectedUtilityRound(sim.Round, sim.FullPositions.ToImmutableArray(), risk.ToImmutableArray(), offers.ToImmutableArray(), sim.Median, sim.WeightedMedian, sim.Mean));
        }
        return new ExpectedUtilityTrajectory(Options, sim.Range, rounds.ToImmutable(), sim.Stop!);
    }

    /// <summary>The forecast only (final median or mean), without recording the rounds.</summary>
    public double Predict(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences, ReadOnlySpan<int> nameGroups = default)
    {
        Check(positions, capabilities, saliences);
        var sim = Simulation.Start(Options, positions, capabilities, saliences, nameGroups, Path == ComputationPath.Direct);
        while (sim.Step()) { }
        return Options.Outcome == OutcomeStatistic.Mean ? sim.Mean : sim.Median;
    }

    /// <summary>
    /// The perception matrix at the start of <paramref name="round"/> (1 = the input positions): the
    /// run is played up to there, then every ordered pair is read as the offers of that round would
    /// read it. If the run stops earlier, the matrix describes the state it stopped in.
    /// </summary>
    public PerceptionMatrix Perceive(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences, int round = 1, ReadOnlySpan<int> nameGroups = default)
    {
        Check(positions, capabilities, saliences);
        if (round < 1) throw new ArgumentOutOfRangeException(nameof(round), round, "Rounds count from 1.");
        var sim = Simulation.Start(Options, positions, capabilities, saliences, nameGroups, Path == ComputationPath.Direct);
        while (sim.Round < round - 1 && sim.Step()) { }
        int total = sim.Total, n = sim.N;
        var cells = new DyadPerception[total * total];
        Array.Fill(cells, new DyadPerception(Relationship.StatusQuo, Prevails.Neither, 0, 0));
        var risk = new double[total];
        Array.Fill(risk, double.NaN);
        if (sim.HasNoSpread)
        {
            return new PerceptionMatrix(sim.Round + 1, sim.FullPositions.ToImmutableArray(), risk.ToImmutableArray(), sim.Median, cells);
        }
        // A run that stopped on equal exposures bargains no further; read it risk-neutral.
        if (!sim.PrepareRisk(sim.Round + 1)) sim.Risk.Fill(1);
        sim.Ws.EnsureMatrices(n);
        WinProbability.Fill(Options.Probability, sim.X, sim.W, sim.Risk, sim.Range, Options.NearZero, sim.Ws.P.AsSpan(0, n * n), sim.Ws.Scratch);
        // Actors that do not bargain keep the status quo with everyone.
        for (int a = 0; a < n; a++)
        {
            risk[sim.Member(a)] = sim.Risk[a];
            for (int b = 0; b < n; b++)
            {
                if (a == b || (!Options.SamePositionContests && sim.X[a] == sim.X[b])) continue;
                DirectPasses.Gains(sim, a, b, out double own, out double other);
                cells[sim.Member(a) * total + sim.Member(b)] = DyadPerception.Classify(own, other, Options.NearZero);
            }
        }
        return new PerceptionMatrix(sim.Round + 1, sim.FullPositions.ToImmutableArray(), risk.ToImmutableArray(), sim.Mu, cells);
    }

    private static void Check(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> saliences)
    {
        if (capabilities.Length != positions.Length || saliences.Length != positions.Length)
        {
            throw new ArgumentException("Positions, capabilities and saliences need one value per actor.");
        }
    }
}
