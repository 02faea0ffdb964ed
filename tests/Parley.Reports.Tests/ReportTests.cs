using System.Text.RegularExpressions;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models;
using Parley.Reports.Html;
using Parley.Tests.Shared;

namespace Parley.Reports.Tests;

public sealed class ReportTests
{
    private static readonly Scenario Flagship = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;

    private static ReportData Data(Scenario s, int runs = 2000, ulong seed = 3, int? threads = null)
    {
        var models = ModelCatalog.Standalone.Select(e => ModelCatalog.Default(e.Id)).ToList();
        var options = new MonteCarloOptions(runs, seed, Threads: threads) { Thresholds = [new Threshold("sanctions", ">=", 60)] };
        return ReportData.Compute(s, models, 0, options);
    }

    [Fact]
    public void Same_input_and_seed_give_a_byte_identical_report_on_any_thread_count()
    {
        string one = HtmlReport.Render(Data(Flagship, threads: 1));
        string two = HtmlReport.Render(Data(Flagship, threads: 2));
        Assert.Equal(one, two);
        Assert.NotEqual(one, HtmlReport.Render(Data(Flagship, seed: 4)));
    }

    [Fact]
    public void The_report_is_self_contained()
    {
        string html = HtmlReport.Render(Data(Flagship));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotMatch(new Regex(@"<(img|iframe|object|embed|image)\b[^>]*(src|href)=""(https?:)?//"), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(http", html);
        // Per dimension: map, distribution, leverage, a trajectory per dynamic model (eu, smp), the perception grid
        // and the Sobol' indices of the headline model.
        Assert.Equal(Flagship.Dimensions.Count * 7, Regex.Matches(html, "<svg ").Count);
        // Clip-path ids are unique across the page.
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_report_holds_question_forecasts_sources_and_print_and_phone_styles()
    {
        string html = HtmlReport.Render(Data(Flagship));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Flagship.Question!).Replace("&#39;", "&#39;")[..40], html.Replace("&#39;", "&#39;"));
        Assert.Contains("@media print", html);
        Assert.Contains("@media (max-width: 640px)", html);
        Assert.Contains("name=\"viewport\"", html);
        foreach (var source in Flagship.Sources) Assert.Contains($"id=\"src-{source.Id}\"", html);
        Assert.Contains("58.2", html);
        Assert.Contains("Pivotal actors", html);
    }

    [Fact]
    public void The_summary_speaks_in_plain_words()
    {
        var sentences = ReportSummary.Sentences(Data(Flagship));
        Assert.Equal(Flagship.Dimensions.Count, sentences.Count);
        string sanctions = sentences[Flagship.DimensionIndex("sanctions")];
        Assert.StartsWith("The weighted mean (compromise model) puts sanctions pressure on the DPRK at 58.2 (5–95 %: ", sanctions);
        Assert.Contains("is the largest lever", sanctions);
        Assert.Contains("the status quo is 70", sanctions);
    }

    [Fact]
    public void A_scenario_without_ranges_says_so_instead_of_drawing_flat_histograms()
    {
        var minimal = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", "minimal.yaml")).Value;
        var plain = minimal with { Stances = minimal.Stances.Select(s => s with { PositionRange = null, SalienceRange = null }).ToValueList(), Actors = minimal.Actors.Select(a => a with { CapabilityRange = null }).ToValueList() };
        var models = ModelCatalog.Standalone.Select(e => ModelCatalog.Default(e.Id)).ToList();
        string html = HtmlReport.Render(ReportData.Compute(plain, models, 0, new MonteCarloOptions(100, 1)));
        Assert.Contains("gives no uncertainty ranges", html);
    }
}
