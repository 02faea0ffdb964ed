using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models.Baseline;
using Parley.Models.Exchange;

namespace Parley.Benchmarks;

/// <summary>
/// Stokman's exchange model on Decide's timing input (tests/fixtures/exchange/inputs/time_50x10.csv:
/// 50 actors × 10 issues, 14,167 candidates and 4,681 executed exchanges in 10 rounds). Decide
/// itself needs 679 s for it (Debian Python 3.11, recorded in the fixture's run.json); that is not
/// measurable here, so the baseline of this run is the compromise model on the same scenario.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpatialBenchmarkConfig.Scaling))]
public class ExchangeModelBenchmarks
{
    private ExchangeInput decideInput = null!;
    private CompiledScenario scenario = null!;
    private readonly ExchangeModel decide = new(ExchangeOptions.Decide);
    private readonly ExchangeModel parley = new(ExchangeOptions.Parley);
    private readonly CompromiseModel compromise = new();
    private double[] outcome = [];

    [GlobalSetup]
    public void Setup()
    {
        string text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SpatialModelBenchmarks.FixtureFolder())!, "..", "exchange", "inputs", "time_50x10.csv"));
        var problems = new ProblemList("time_50x10.csv");
        var data = DecideCsvReader.Read(text, "time_50x10", problems) ?? throw new InvalidOperationException(string.Join("\n", problems.Items));
        decideInput = ExchangeInput.From(data);
        var read = ScenarioReader.Read(Encoding.UTF8.GetBytes(text), "time_50x10.csv");
        scenario = CompiledScenario.Compile(read.Value);
        outcome = new double[scenario.DimensionCount];
    }

    [Benchmark(Baseline = true)]
    public double Compromise()
    {
        compromise.Predict(scenario, outcome);
        return outcome[0];
    }

    /// <summary>The full recorded run under the decide preset (every exchange and externality), as the parity tests check it.</summary>
    [Benchmark]
    public int DecideRecordedRun() => decide.Simulate(decideInput).Exchanges.Length;

    [Benchmark]
    public double DecidePredict()
    {
        decide.Predict(scenario, outcome);
        return outcome[0];
    }

    [Benchmark]
    public double ParleyPredict()
    {
        parley.Predict(scenario, outcome);
        return outcome[0];
    }
}

/// <summary>
/// The scaling curve: synthetic scenarios up to 100 actors × 10 dimensions, 10 rounds, preset parley
/// (sizes zero-padded so they run in order). 100 × 20 and 200 × 20 take longer than the in-process
/// toolchain allows per benchmark: time them with <c>-- exchange-probe 100x20 200x20</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpatialBenchmarkConfig.Scaling))]
public class ExchangeScalingBenchmarks
{
    private CompiledScenario scenario = null!;
    private readonly ExchangeModel parley = new(ExchangeOptions.Parley);
    private readonly CompromiseModel compromise = new();
    private double[] outcome = [];

    [Params("010x05", "025x10", "050x10", "100x10")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        scenario = CompiledScenario.Compile(SyntheticScenario.Create(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), seed: 17));
        outcome = new double[scenario.DimensionCount];
    }

    [Benchmark(Baseline = true)]
    public double Compromise()
    {
        compromise.Predict(scenario, outcome);
        return outcome[0];
    }

    [Benchmark]
    public double Exchange()
    {
        parley.Predict(scenario, outcome);
        return outcome[0];
    }
}
