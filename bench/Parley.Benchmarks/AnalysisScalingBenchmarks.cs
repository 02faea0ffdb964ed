using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Models;

namespace Parley.Benchmarks;

/// <summary>
/// The scaling curve behind every analysis: one forecast (Predict, all 5 dimensions) of each model
/// on synthetic scenarios of 5–100 actors. A Monte Carlo of R runs costs about R × this ÷ cores,
/// a leverage table about (4 × dimensions + 2) × actors × this (less for models whose dimensions
/// do not interact). The compromise model is the baseline of each size.
/// </summary>
[MemoryDiagnoser]
public class AnalysisScalingBenchmarks
{
    private CompiledScenario scenario = null!;
    private readonly double[] outcomes = new double[5];
    private IBargainingModel model = null!;

    [Params("mean", "median", "nbs", "eu", "smp")]
    public string Model { get; set; } = "mean";

    [Params(5, 10, 25, 50, 100)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scenario = CompiledScenario.Compile(SyntheticScenario.Create(Actors, 5, seed: 42));
        model = ModelCatalog.Default(Model);
    }

    [Benchmark]
    public double Predict()
    {
        model.Predict(scenario, outcomes);
        return outcomes[0];
    }
}
