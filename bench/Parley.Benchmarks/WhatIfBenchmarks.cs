using BenchmarkDotNet.Attributes;
using Parley.Analysis.WhatIf;
using Parley.Core;
using Parley.Models;
using Parley.Reports.Charts;

namespace Parley.Benchmarks;

/// <summary>
/// The server side of one what-if slider move on the flagship scenario: apply the edit (with
/// validation), run every standalone model, and draw the position map as SVG — against the same
/// without the chart, to show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private Scenario flagship = null!;
    private IReadOnlyList<IBargainingModel> models = null!;
    private int step;

    [GlobalSetup]
    public void Setup()
    {
        flagship = Flagship.Load();
        models = ModelCatalog.Standalone.Select(e => ModelCatalog.Default(e.Id)).ToList();
    }

    private List<Forecast> Forecasts(out Scenario edited)
    {
        double position = 30 + (step++ % 40);
        edited = ScenarioEditor.Apply(flagship, [new ScenarioEdit.SetPosition("USA", "sanctions", position)]).Value;
        var compiled = CompiledScenario.Compile(edited);
        return models.Select(m => m.Run(compiled)).ToList();
    }

    [Benchmark(Baseline = true, Description = "edit + all models")]
    public int ForecastOnly() => Forecasts(out _).Count;

    [Benchmark(Description = "edit + all models + position map SVG")]
    public int ForecastAndChart()
    {
        var forecasts = Forecasts(out var edited);
        return PositionMapChart.Build(edited, "sanctions", forecasts).ToSvg("live").Length;
    }
}
