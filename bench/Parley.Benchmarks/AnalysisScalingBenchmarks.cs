using BenchmarkDotNet.Attributes;
using Parley.Analysis.Leverage;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Benchmarks;

/// <summary>
/// Scaling curves for the analyses: 1,000 Monte Carlo runs and a full leverage table on synthetic
/// scenarios of 5–100 actors × 5 dimensions, for each model in the catalog.
/// </summary>
[MemoryDiagnoser]
public class AnalysisScalingBenchmarks
{
    private Scenario scenario = null!;
    private IBargainingModel model = null!;

    [Params("mean", "median", "nbs", "eu")]
    public string Model { get; set; } = "mean";

    [Params(5, 10, 25, 50, 100)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scenario = SyntheticScenario.Create(Actors, 5, seed: 42, withRanges: true);
        model = ModelCatalog.Find(Model)!.Create(new Dictionary<string, string>()).Value;
    }

    [Benchmark(Baseline = true)]
    public double MonteCarlo_1k() => MonteCarloSimulation.Run(scenario, [model], new MonteCarloOptions(1_000, 1)).Distributions[0][0].Mean;

    [Benchmark]
    public int Leverage() => LeverageAnalysis.Run(scenario, model).Rows.Length;
}
