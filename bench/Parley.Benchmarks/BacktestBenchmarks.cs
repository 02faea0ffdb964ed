using BenchmarkDotNet.Attributes;
using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Deu;

namespace Parley.Benchmarks;

/// <summary>
/// The DEU III backtest without power-index capabilities (those are cached per process after the
/// first run). Baseline: the catalog models only; then with the candidate fits (10-fold CV, time
/// split, calibration).
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
public class BacktestBenchmarks
{
    private DeuDataset data = null!;

    [GlobalSetup]
    public void Setup()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Parley.slnx"))) dir = Path.GetDirectoryName(dir)!;
        data = DeuReader.Read(Path.Combine(dir, "data", "deu3")).Value;
    }

    [Benchmark(Baseline = true)]
    public int CatalogModels() => BacktestRunner.Run(data, new BacktestOptions { Capabilities = [CapabilityScheme.Equal, CapabilityScheme.Gdp], Candidates = false }).Scores.Length;

    [Benchmark]
    public int WithCandidates() => BacktestRunner.Run(data, new BacktestOptions { Capabilities = [CapabilityScheme.Equal, CapabilityScheme.Gdp] }).Scores.Length;
}
