using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Benchmarks;

/// <summary>
/// Sobol' sensitivity of the flagship (63 uncertain inputs) at N = 4,096: 4,096 × 65 = 266,240 model
/// runs. Baseline: a plain Monte Carlo of the same number of model runs, so the ratio is what the
/// Saltelli design, the quasi-random points with their inverse distribution functions and the
/// estimators cost on top of the model runs themselves. The bootstrap is measured separately
/// (500 resamples against 1).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class SensitivityBenchmarks
{
    /// <summary>
    /// One cold and two measured runs of each (an eu analysis takes minutes), in process: on the shared
    /// 2-core machine the generated project's build exceeded BenchmarkDotNet's two-minute limit.
    /// </summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(2)
            // In-process runs time out after five minutes by default; an eu analysis on a busy machine takes longer.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
    }

    private const int Samples = 4096;
    private Scenario flagship = null!;
    private IBargainingModel model = null!;
    private int runs;

    [Params("mean", "eu")]
    public string Model { get; set; } = "mean";

    [GlobalSetup]
    public void Setup()
    {
        flagship = Flagship.Load();
        model = ModelCatalog.Default(Model);
        runs = Samples * (UncertainInputs.From(CompiledScenario.Compile(flagship)).Count + 2);
    }

    [Benchmark(Baseline = true)]
    public double MonteCarlo_same_runs() => MonteCarloSimulation.Run(flagship, [model], new MonteCarloOptions(runs, 1)).Distributions[0][1].Mean;

    [Benchmark]
    public double Sobol_4096_500_resamples() => SensitivityAnalysis.Run(flagship, [model], new SensitivityOptions(Samples, 1, Resamples: 500)).Outputs[1].FirstOrderSum.Value;

    [Benchmark]
    public double Sobol_4096_no_bootstrap() => SensitivityAnalysis.Run(flagship, [model], new SensitivityOptions(Samples, 1, Resamples: 1)).Outputs[1].FirstOrderSum.Value;
}
