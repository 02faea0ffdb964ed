using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models;
using Parley.Reports.Charts;
using Parley.Reports.Html;
using Parley.Tests.Shared;

namespace Parley.Reports.Tests;

public sealed class SensitivityChartTests
{
    private static readonly Scenario Flagship = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;

    [Fact]
    public void Chart_labels_the_largest_inputs_and_renders_the_same_bytes_twice()
    {
        var result = SensitivityAnalysis.Run(Flagship, [ModelCatalog.Default("mean")], new SensitivityOptions(Samples: 256, Resamples: 50));
        var chart = SensitivityChart.Build(Flagship, result, 0, "sanctions", top: 6);
        string svg = chart.ToSvg("s");
        Assert.Contains("USA sanctions position (75–95)", svg);
        Assert.Contains("total index ST", svg);
        Assert.Contains("Σ S1 =", svg);
        Assert.Equal(svg, SensitivityChart.Build(Flagship, result, 0, "sanctions", top: 6).ToSvg("s"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.ToPng()[..4]);
    }

    [Fact]
    public void Chart_builder_refuses_a_forecast_that_never_moves()
    {
        var nbs = ChartBuilder.Build(Flagship, [ModelCatalog.Default("nbs")], new ChartRequest(ChartKind.Sensitivity, "sanctions", Sensitivity: new SensitivityOptions(Samples: 32, Resamples: 10)));
        Assert.False(nbs.Success);
        Assert.Contains("no variance", nbs.Problems[0].Message);
        Assert.Equal(ChartKind.Sensitivity, ChartKindExtensions.Parse("sensitivity"));
    }

    [Fact]
    public void Report_has_a_sensitivity_section_with_a_chart_per_varying_dimension()
    {
        var data = ReportData.Compute(Flagship, [ModelCatalog.Default("mean")], 0, new MonteCarloOptions(200, 1), sensitivity: new SensitivityOptions(Samples: 128, Resamples: 30));
        string html = HtmlReport.Render(data);
        Assert.Contains("<section id=\"sensitivity\">", html);
        Assert.Contains("href=\"#sensitivity\"", html);
        Assert.Contains("USA sanctions position", html);
        // The weighted mean varies on every dimension: one chart each.
        Assert.Equal(Flagship.Dimensions.Count, System.Text.RegularExpressions.Regex.Matches(html, "the eight inputs with the largest total index").Count);
        Assert.Equal(html, HtmlReport.Render(data));
    }
}
