using BenchmarkDotNet.Attributes;
using Parley.Analysis.Power;

namespace Parley.Benchmarks;

/// <summary>
/// Exact power indices of the Council's games. Baseline: the EU-27 Nice weights alone (generating
/// function); then the Nice triple majority and the Lisbon double majority (Gray-code enumeration
/// of 2^27 and 2^28 coalitions).
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
public class PowerIndexBenchmarks
{
    private VotingGame niceWeightsOnly = null!;
    private VotingGame niceTriple = null!;
    private VotingGame lisbon = null!;

    [GlobalSetup]
    public void Setup()
    {
        niceTriple = CouncilRegimes.Get("nice-27").QualifiedMajority;
        niceWeightsOnly = VotingGame.Weighted(niceTriple.Players, niceTriple.Criteria[0].Weights, 255).Value;
        lisbon = CouncilRegimes.Get("lisbon-28").QualifiedMajority;
    }

    [Benchmark(Baseline = true)]
    public double NiceWeightsGeneratingFunction() => PowerIndexCalculator.Compute(niceWeightsOnly).ShapleyShubik[0];

    [Benchmark]
    public double NiceTripleMajorityEnumeration() => PowerIndexCalculator.Compute(niceTriple).ShapleyShubik[0];

    [Benchmark]
    public double LisbonDoubleMajorityEnumeration() => PowerIndexCalculator.Compute(lisbon).ShapleyShubik[0];
}
