using BenchmarkDotNet.Attributes;
using Parley.Analysis.Leverage;
using Parley.Core;
using Parley.Models;

namespace Parley.Benchmarks;

/// <summary>
/// The leverage target: a full table for 50 actors × 5 dimensions with the expected-utility
/// model (target: under 2 s), beside the same table with the compromise model as the baseline.
/// </summary>
public class LeverageBenchmarks
{
    private Scenario scenario = null!;
    private IBargainingModel mean = null!, eu = null!;

    [GlobalSetup]
    public void Setup()
    {
        scenario = SyntheticScenario.Create(50, 5, seed: 3);
        mean = ModelCatalog.Default("mean");
        eu = ModelCatalog.Default("eu");
    }

    [Benchmark(Baseline = true)]
    public int Mean_50x5() => LeverageAnalysis.Run(scenario, mean).Rows.Length;

    [Benchmark]
    public int ExpectedUtility_50x5() => LeverageAnalysis.Run(scenario, eu).Rows.Length;
}
