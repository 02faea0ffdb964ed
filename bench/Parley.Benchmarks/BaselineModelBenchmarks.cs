using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Models.Baseline;

namespace Parley.Benchmarks;

/// <summary>The three static models on synthetic one-dimension scenarios; the mean is the baseline.</summary>
[MemoryDiagnoser]
public class BaselineModelBenchmarks
{
    private CompiledScenario scenario = null!;
    private readonly double[] outcomes = new double[1];
    private readonly CompromiseModel mean = new();
    private readonly WeightedMedianModel median = new();
    private readonly NashBargainingModel nbs = new();

    [Params(10, 100, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup() => scenario = CompiledScenario.Compile(SyntheticScenario.Create(Actors, 1, seed: 7));

    [Benchmark(Baseline = true)]
    public double Mean() { mean.Predict(scenario, outcomes); return outcomes[0]; }

    [Benchmark]
    public double Median() { median.Predict(scenario, outcomes); return outcomes[0]; }

    [Benchmark]
    public double Nash() { nbs.Predict(scenario, outcomes); return outcomes[0]; }
}
