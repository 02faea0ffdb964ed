using BenchmarkDotNet.Attributes;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Benchmarks;

/// <summary>
/// Monte Carlo on the flagship scenario. Baseline: the obvious implementation — per run, build the
/// drawn scenario as records, compile it and run the model — on 1,000 runs, against Parley's
/// compiled, block-seeded parallel loop on 1,000 and 100,000 runs (target: 100,000 mean-model runs under 1 s).
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private Scenario flagship = null!;
    private IBargainingModel model = null!;

    [Params("mean", "median", "nbs", "eu", "smp")]
    public string Model { get; set; } = "mean";

    [GlobalSetup]
    public void Setup()
    {
        flagship = Flagship.Load();
        model = ModelCatalog.Default(Model);
    }

    [Benchmark(Baseline = true)]
    public double Naive_1k()
    {
        var random = new Random(1);
        double sum = 0;
        var outcomes = new double[flagship.Dimensions.Count];
        for (int run = 0; run < 1_000; run++)
        {
            var drawn = flagship with
            {
                Actors = flagship.Actors.Select(a => a.CapabilityRange is { } r ? a with { Capability = InputDistribution.Pert.Sample(random, r.Low, a.Capability, r.High) } : a).ToValueList(),
                Stances = flagship.Stances.Select(s => s with
                {
                    Position = s.PositionRange is { } p ? InputDistribution.Pert.Sample(random, p.Low, s.Position, p.High) : s.Position,
                    Salience = s.SalienceRange is { } q ? InputDistribution.Pert.Sample(random, q.Low, s.Salience, q.High) : s.Salience,
                }).ToValueList(),
            };
            model.Predict(CompiledScenario.Compile(drawn), outcomes);
            sum += outcomes[0];
        }
        return sum;
    }

    [Benchmark]
    public double Compiled_1k_1thread() => MonteCarloSimulation.Run(flagship, [model], new MonteCarloOptions(1_000, 1, Threads: 1)).Distributions[0][0].Mean;

    [Benchmark]
    public double Compiled_1k() => MonteCarloSimulation.Run(flagship, [model], new MonteCarloOptions(1_000, 1)).Distributions[0][0].Mean;

    [Benchmark]
    public double Compiled_10k() => MonteCarloSimulation.Run(flagship, [model], new MonteCarloOptions(10_000, 1)).Distributions[0][0].Mean;

    [Benchmark]
    public double Compiled_100k() => MonteCarloSimulation.Run(flagship, [model], new MonteCarloOptions(100_000, 1)).Distributions[0][0].Mean;
}
