using System.Text.Json;
using Parley.Analysis.Runs;
using Parley.Analysis.Uncertainty;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models;
using Parley.Models.Tests.Catalog;
using Parley.Reports.Charts;
using Parley.Reports.Html;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

/// <summary>
/// A model added from a test assembly — one class and one descriptor (<see cref="MidrangeModel"/>)
/// — shows up everywhere a built-in model does: <c>parley models</c>, model selection, the chart
/// colours and the report's prose.
/// </summary>
public class ToyModelTests
{
    private static readonly ModelCatalog Catalog = ModelCatalog.Builtin.With(MidrangeModel.Descriptor);

    private static readonly Scenario Flagship = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;

    [Fact]
    public async Task Parley_models_lists_the_toy_and_its_settings()
    {
        ModelsCommand.Catalog = Catalog;
        var list = await CliRunner.RunAsync("models");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("midrange", list.Out);
        Assert.Contains("Midrange (toy)", list.Out);

        var one = await CliRunner.RunAsync("models", "midrange");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Contains("shift", one.Out);
        Assert.Contains("number in [-50, 50]", one.Out);
        Assert.Contains("per-dimension", one.Out);

        var json = await CliRunner.RunAsync("models", "midrange", "--format", "json");
        using var document = JsonDocument.Parse(json.Out);
        var model = Assert.Single(document.RootElement.GetProperty("models").EnumerateArray());
        Assert.Equal("midrange", model.GetProperty("id").GetString());
        Assert.Equal("0", model.GetProperty("settings")[0].GetProperty("default").GetString());
    }

    [Fact]
    public async Task The_builtin_catalog_does_not_show_the_toy()
    {
        var list = await CliRunner.RunAsync("models");
        Assert.Equal(0, list.ExitCode);
        Assert.DoesNotContain("midrange", list.Out);
    }

    [Fact]
    public void The_toy_is_chosen_by_id_and_forecasts()
    {
        var models = ModelSelector.Resolve("mean,midrange", new Dictionary<string, string> { ["shift"] = "2" }, Flagship, catalog: Catalog);
        Assert.True(models.Success, string.Join("; ", models.Problems));
        Assert.Equal(["mean", "midrange"], models.Value.Select(m => m.Id));
        Assert.Equal(2, ((MidrangeModel)models.Value[1]).Shift);
        Assert.Contains(ModelSelector.Entries("all", catalog: Catalog).Value, m => m.Id == "midrange");
        Assert.False(ModelSelector.Resolve("midrange", new Dictionary<string, string>(), Flagship).Success);
    }

    [Fact]
    public void The_toy_has_its_own_colour()
    {
        var toy = ChartStyle.ModelColor("midrange", 0, Catalog);
        var others = ModelCatalog.Builtin.Models.Select((m, i) => ChartStyle.ModelColor(m.Id, i, Catalog)).ToList();
        Assert.Equal(others.Count, others.Distinct().Count());
        Assert.DoesNotContain(toy, others);
        Assert.Equal(ChartStyle.Palette[MidrangeModel.Descriptor.ColourSlot], toy);
    }

    [Fact]
    public void The_report_speaks_of_the_toy_by_its_phrases()
    {
        var models = new IBargainingModel[] { Catalog.CreateDefault("mean"), Catalog.CreateDefault("midrange") };
        var data = ReportData.Compute(Flagship, models, 1, new MonteCarloOptions(50, 1)) with { Catalog = Catalog };
        string html = HtmlReport.Render(data);
        Assert.Contains("The midrange toy model puts", html);
        Assert.Contains("Other models: weighted mean", html);
        var summary = ReportSummary.Sentences(data with { Headline = 0 });
        Assert.Contains("midrange ", summary[0]);
    }
}
