using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Spatial;

namespace Parley.Benchmarks;

/// <summary>
/// Full runs of the Spatial Model of Politics on KTAB's scenarios (preset ktab, read from
/// tests/fixtures/ktab), on one thread (the baseline) and on two. KTAB's own recorded wall-clock
/// times for the same files are in tests/fixtures/ktab/expected/timings.csv (e.g. 10.24 s for
/// dummyData-a040 and 665.79 s for gen_a100_d3 with an -O2 build and minimal logging).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpatialBenchmarkConfig.KtabScenarios))]
public class SpatialModelBenchmarks
{
    private CompiledScenario scenario = null!;
    private SpatialModel single = null!;
    private SpatialModel parallel = null!;
    private double[] outcome = [];

    [Params("dummyData-a040.csv", "generated/gen_a100_d3.csv", "dummyData-a160.csv", "SOE-Competitive.csv")]
    public string Scenario { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(FixtureFolder(), Scenario));
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Problems));
        scenario = CompiledScenario.Compile(result.Value);
        single = new SpatialModel(new SmpOptions { Preset = SmpPreset.Ktab, MaxThreads = 1 });
        parallel = new SpatialModel(new SmpOptions { Preset = SmpPreset.Ktab, MaxThreads = 2 });
        outcome = new double[scenario.DimensionCount];
    }

    [Benchmark(Baseline = true)]
    public double OneThread()
    {
        single.Predict(scenario, outcome);
        return outcome[0];
    }

    [Benchmark]
    public double TwoThreads()
    {
        parallel.Predict(scenario, outcome);
        return outcome[0];
    }

    /// <summary>The full recorded run (every state's winning probabilities, every round's bargains), as the CLI does.</summary>
    [Benchmark]
    public int RecordedRunOneThread() => single.Simulate(scenario).States.Length;

    /// <summary>tests/fixtures/ktab/inputs, found by walking up from the benchmark's folder to the repository root.</summary>
    internal static string FixtureFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Parley.slnx"))) return Path.Combine(directory.FullName, "tests", "fixtures", "ktab", "inputs");
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the Parley repository (tests/fixtures/ktab is needed).");
    }
}

/// <summary>
/// The scaling curve: synthetic scenarios of 10 to 1,000 actors on 3 dimensions (preset parley,
/// since KTAB stops at 250 actors), five rounds each so that the time is per round × 5 whatever the
/// scenario's convergence; one thread (the baseline) against two.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpatialBenchmarkConfig.Scaling))]
public class SpatialScalingBenchmarks
{
    private CompiledScenario scenario = null!;
    private SpatialModel single = null!;
    private SpatialModel parallel = null!;
    private double[] outcome = [];

    [Params(10, 50, 100, 250, 500, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scenario = CompiledScenario.Compile(SyntheticScenario.Create(Actors, 3, seed: 7));
        single = new SpatialModel(new SmpOptions { MaxRounds = 5, MaxThreads = 1 });
        parallel = new SpatialModel(new SmpOptions { MaxRounds = 5, MaxThreads = 2 });
        outcome = new double[scenario.DimensionCount];
    }

    [Benchmark(Baseline = true)]
    public double FiveRoundsOneThread()
    {
        single.Predict(scenario, outcome);
        return outcome[0];
    }

    [Benchmark]
    public double FiveRoundsTwoThreads()
    {
        parallel.Predict(scenario, outcome);
        return outcome[0];
    }
}

/// <summary>
/// The Monte Carlo path on the flagship scenario (examples/korea-2019.yaml): one run, and 10,000
/// runs spread over two threads as a Monte Carlo analysis would make them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpatialBenchmarkConfig.KtabScenarios))]
public class SpatialMonteCarloBenchmarks
{
    private CompiledScenario scenario = null!;
    private readonly SpatialModel model = new();
    private double[] outcome = [];

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.GetFullPath(Path.Combine(SpatialModelBenchmarks.FixtureFolder(), "..", "..", "..", "..", "examples"));
        var result = ScenarioReader.ReadFile(Path.Combine(folder, "korea-2019.yaml"));
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Problems));
        scenario = CompiledScenario.Compile(result.Value);
        outcome = new double[scenario.DimensionCount];
    }

    [Benchmark(Baseline = true)]
    public double OneRun()
    {
        model.Predict(scenario, outcome);
        return outcome[0];
    }

    [Benchmark]
    public void TenThousandRunsOnTwoThreads() =>
        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => new double[scenario.DimensionCount],
            (_, _, local) => { model.Predict(scenario, local); return local; }, _ => { });
}

/// <summary>
/// Jobs for the spatial benchmarks. They run in the benchmark process itself: on a shared, loaded
/// machine, building a separate project per job can exceed BenchmarkDotNet's build timeout.
/// </summary>
public static class SpatialBenchmarkConfig
{
    public sealed class KtabScenarios : ManualConfig
    {
        public KtabScenarios() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
    }

    /// <summary>One invocation per iteration: a run of 1,000 actors takes seconds.</summary>
    public sealed class Scaling : ManualConfig
    {
        public Scaling() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
