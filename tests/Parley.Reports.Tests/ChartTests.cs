using System.Collections.Immutable;
using Parley.Analysis.Leverage;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models;
using Parley.Reports.Charts;
using Parley.Reports.Dyads;
using Parley.Reports.Events;
using Parley.Tests.Shared;

namespace Parley.Reports.Tests;

public sealed class ChartTests
{
    private static readonly Scenario Flagship = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;

    private static IReadOnlyList<Forecast> Forecasts(Scenario s)
    {
        var compiled = CompiledScenario.Compile(s);
        return ModelCatalog.Standalone.Select(e => ModelCatalog.Default(e.Id).Run(compiled)).ToList();
    }

    private static void AssertPng(byte[] png) => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);

    [Fact]
    public void Position_map_marks_every_actor_every_model_and_the_status_quo()
    {
        var chart = PositionMapChart.Build(Flagship, "sanctions", Forecasts(Flagship));
        string svg = chart.ToSvg("t");
        foreach (var actor in Flagship.Actors) Assert.Matches(@">\s*" + System.Text.RegularExpressions.Regex.Escape(actor.Id) + @"\s*<", svg);
        Assert.Contains("mean 58.2", svg);
        Assert.Contains("median 50", svg);
        Assert.Contains("status quo 70", svg);
        Assert.Contains("Partial relief", svg); // anchor labels on the axis
        AssertPng(chart.ToPng());
    }

    [Fact]
    public void Rendering_is_deterministic_and_ids_are_scoped()
    {
        var forecasts = Forecasts(Flagship);
        string a = PositionMapChart.Build(Flagship, "sanctions", forecasts).ToSvg("a");
        string b = PositionMapChart.Build(Flagship, "sanctions", forecasts).ToSvg("a");
        Assert.Equal(a, b);
        Assert.DoesNotContain("<?xml", a);
        Assert.Contains("viewBox=", a);
        Assert.DoesNotContain("cl_", a);
        Assert.Equal(PositionMapChart.Build(Flagship, "security", forecasts).ToPng(), PositionMapChart.Build(Flagship, "security", forecasts).ToPng());
    }

    [Fact]
    public void Trajectory_draws_rounds_of_a_hand_made_dynamic_forecast()
    {
        var minimal = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", "minimal.yaml")).Value;
        string dimension = minimal.Dimensions[0].Id;
        int n = minimal.Actors.Count;
        var rounds = Enumerable.Range(0, 4).Select(r => new Round(r, 40 + r, 45 + r, [.. Enumerable.Range(0, n).Select(i => 10.0 + 20 * i + 3 * r)])).ToImmutableArray();
        var forecast = new Forecast("dyn", "A dynamic model", [new DimensionForecast(dimension, 43, rounds, "converged")]);
        Assert.True(TrajectoryChart.CanDraw(forecast, dimension));
        var chart = TrajectoryChart.Build(minimal, forecast, dimension);
        string svg = chart.ToSvg();
        Assert.Contains("weighted median", svg);
        Assert.Contains("forecast 43", svg);
        foreach (var actor in minimal.Actors) Assert.Matches(@">\s*" + System.Text.RegularExpressions.Regex.Escape(actor.Id) + @"\s*<", svg);
        AssertPng(chart.ToPng());

        var flat = new Forecast("mean", "Static", [DimensionForecast.Static(dimension, 50)]);
        Assert.False(TrajectoryChart.CanDraw(flat, dimension));
        Assert.Throws<ArgumentException>(() => TrajectoryChart.Build(minimal, flat, dimension));
    }

    [Fact]
    public void Distribution_shows_the_band_and_threshold_probability()
    {
        var model = ModelCatalog.Default("mean");
        var options = new MonteCarloOptions(2000, 5) { Thresholds = [new Threshold("sanctions", ">=", 60)] };
        var result = MonteCarloSimulation.Run(Flagship, [model], options);
        int k = Flagship.DimensionIndex("sanctions");
        var column = DistributionChart.Column(result, 0, k);
        Assert.Equal(2000, column.Length);
        var chart = DistributionChart.Build(Flagship.Dimensions[k], model.Name, column, result[0, k], 58.2);
        string svg = chart.ToSvg();
        Assert.Contains("5–95 %", svg);
        Assert.Contains("P(&gt;= 60) =", svg);
        AssertPng(chart.ToPng());
    }

    [Fact]
    public void Leverage_tornado_puts_the_largest_lever_on_top()
    {
        var model = ModelCatalog.Default("mean");
        var result = LeverageAnalysis.Run(Flagship, model);
        var levers = LeverageChart.Levers(result, "sanctions").ToList();
        Assert.True(levers.Zip(levers.Skip(1)).All(p => p.First.Largest >= p.Second.Largest));
        string top = LeverageChart.Describe(levers[0]);
        string svg = LeverageChart.Build(Flagship, result, "sanctions").ToSvg();
        Assert.Contains(top.Replace(">", "&gt;"), svg.Replace("→", "→"));
        Assert.Contains("nudge down", svg);
    }

    [Fact]
    public void Perception_grid_colours_each_ordered_pair()
    {
        string[] ids = ["USA", "CHN", "PRK"];
        var cells = new PerceptionCategory[3, 3];
        cells[0, 1] = PerceptionCategory.Compromise;
        cells[1, 0] = PerceptionCategory.Confrontation;
        cells[0, 2] = PerceptionCategory.Capitulation;
        cells[2, 0] = PerceptionCategory.StatusQuo;
        var matrix = new PerceptionMatrix(ids, cells, "sanctions", "round 3");
        var chart = PerceptionGridChart.Build(matrix, "How each actor sees each other");
        string svg = chart.ToSvg();
        Assert.Contains("confrontation", svg);
        Assert.Contains("comp.", svg);
        Assert.Contains("SQ", svg);
        AssertPng(chart.ToPng());
        Assert.Throws<ArgumentException>(() => new PerceptionMatrix(ids, new PerceptionCategory[2, 2]));
    }

    [Fact]
    public void Cooperation_chart_draws_dyads_over_periods()
    {
        var series = new CooperationSeries("USA → PRK", [new("2019-01", 1.5, 12), new("2019-02", -2.0, 9), new("2019-03", 0.4, 15)]);
        var other = new CooperationSeries("PRK → USA", [new("2019-02", -4.0, 3), new("2019-03", -1.0, 5)]);
        var chart = CooperationChart.Build([series, other], "Cooperation");
        string svg = chart.ToSvg();
        Assert.Contains("USA → PRK", svg);
        Assert.Contains("2019-03", svg);
        AssertPng(chart.ToPng());
    }

    [Fact]
    public void Chart_builder_explains_what_it_cannot_draw()
    {
        var mean = ModelCatalog.Default("mean");
        var trajectory = ChartBuilder.Build(Flagship, [mean], new ChartRequest(ChartKind.Trajectory));
        Assert.Contains("static", trajectory.Problems.Single().Message);
        var dyads = ChartBuilder.Build(Flagship, [mean], new ChartRequest(ChartKind.Dyads));
        Assert.Contains("expected-utility", dyads.Problems.Single().Message);
        var unknown = ChartBuilder.Build(Flagship, [mean], new ChartRequest(ChartKind.Map, "tariffs"));
        Assert.Equal("unknown-dimension", unknown.Problems.Single().Rule);
        Assert.True(ChartBuilder.Build(Flagship, [mean], new ChartRequest(ChartKind.Leverage, "security")).Success);
    }
}
