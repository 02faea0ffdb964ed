using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.ExpectedUtility;

namespace Parley.Benchmarks;

/// <summary>
/// The expected-utility model's scaling curve: the default (<c>parley</c>) preset on the sweep path,
/// 10 rounds (early stop off, so every size runs all 10) on synthetic uniform one-dimension
/// scenarios of 10 to 5,000 actors.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ExpectedUtilityBenchmarks
{
    private readonly ExpectedUtilityModel model = new(ExpectedUtilityPresets.Parley with { StopWhenStable = false });
    private readonly double[] outcomes = new double[1];
    private CompiledScenario scenario = null!;

    [Params(10, 50, 200, 1000, 5000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup() => scenario = CompiledScenario.Compile(SyntheticScenario.Create(Actors, 1, seed: 7));

    [Benchmark]
    public double Sweep()
    {
        model.Predict(scenario, outcomes);
        return outcomes[0];
    }
}

/// <summary>
/// The sweep path against the direct O(n³)-per-round path it replaces, in the same run (the ratio
/// is the result; absolute times on a shared machine are noisy). Same options, same scenarios;
/// the direct path is the one the replication presets take.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExpectedUtilityPathBenchmarks
{
    private static readonly ExpectedUtilityOptions Options = ExpectedUtilityPresets.Parley with { StopWhenStable = false };
    private readonly ExpectedUtilityModel sweep = new(Options);
    private readonly ExpectedUtilityModel direct = new(Options, ComputationPath.Direct);
    private readonly double[] outcomes = new double[1];
    private CompiledScenario scenario = null!;

    [Params(10, 50, 200, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup() => scenario = CompiledScenario.Compile(SyntheticScenario.Create(Actors, 1, seed: 7));

    [Benchmark(Baseline = true)]
    public double Direct()
    {
        direct.Predict(scenario, outcomes);
        return outcomes[0];
    }

    [Benchmark]
    public double Sweep()
    {
        sweep.Predict(scenario, outcomes);
        return outcomes[0];
    }
}

/// <summary>
/// Real cases under every preset: the 10-actor EC and 17-actor Argentina cases (the jmckib Python
/// replication's reference timings are quoted for these), the 46-actor litigation case (target
/// under 1 ms for 10 rounds) and the Korea flagship (7 actors × 4 dimensions; one forecast is the
/// unit of Monte Carlo).
/// </summary>
[MemoryDiagnoser]
public class ExpectedUtilityCaseBenchmarks
{
    private readonly double[] outcomes = new double[4];
    private CompiledScenario ec = null!;
    private CompiledScenario argentina = null!;
    private CompiledScenario litigation = null!;
    private CompiledScenario korea = null!;
    private ExpectedUtilityModel model = null!;

    [Params("parley", "jmckib", "dmasad", "eum")]
    public string Preset { get; set; } = "parley";

    [GlobalSetup]
    public void Setup()
    {
        ec = Load("ec_emissions.csv");
        argentina = Load("argentina.csv");
        litigation = Load("litigation.csv");
        korea = Load("korea-2019.yaml");
        var options = ExpectedUtilityPresets.Find(Preset)!;
        model = new ExpectedUtilityModel(Preset == "parley" ? options with { StopWhenStable = false } : options);
    }

    [Benchmark]
    public double Ec10()
    {
        model.Predict(ec, outcomes);
        return outcomes[0];
    }

    [Benchmark]
    public double Argentina17()
    {
        model.Predict(argentina, outcomes);
        return outcomes[0];
    }

    [Benchmark]
    public double Litigation46()
    {
        model.Predict(litigation, outcomes);
        return outcomes[0];
    }

    [Benchmark]
    public double Korea7x4()
    {
        model.Predict(korea, outcomes);
        return outcomes[0];
    }

    private static CompiledScenario Load(string resource)
    {
        using var stream = typeof(ExpectedUtilityCaseBenchmarks).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("missing embedded resource " + resource);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var result = ScenarioReader.Read(buffer.ToArray(), resource);
        if (!result.Success) throw new InvalidOperationException(string.Join("; ", result.Problems));
        return CompiledScenario.Compile(result.Value);
    }
}
