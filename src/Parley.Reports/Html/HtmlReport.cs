using System.Globalization;
using System.Text;
using Parley.Analysis.Output;
using Parley.Analysis.Sensitivity;
using Parley.Core;
using Parley.Models;
using Parley.Reports.Charts;
using static Parley.Reports.Html.Html;

namespace Parley.Reports.Html;

/// <summary>
/// One self-contained HTML file: the question, a plain-words summary, every model's forecast, the
/// charts as inline SVG, uncertainty and leverage, and the scenario with its sources. No scripts,
/// no external fetches, no timestamp: the same data gives the same bytes.
/// </summary>
public static class HtmlReport
{
    public static string Render(ReportData data)
    {
        var s = data.Scenario;
        var h = new StringBuilder(256 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<meta name=\"generator\" content=\"Parley\">\n")
         .Append("<title>").Append(E(s.Title)).Append("</title>\n<style>\n").Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n");

        h.Append("<header>\n<h1>").Append(E(s.Title)).Append("</h1>\n<p class=\"meta\">");
        if (s.AsOf is { } asOf) h.Append("As of ").Append(asOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(" · ");
        h.Append(s.Actors.Count).Append(" actors · ").Append(s.Dimensions.Count).Append(s.Dimensions.Count == 1 ? " dimension" : " dimensions").Append(" · ")
         .Append(data.Models.Count).Append(data.Models.Count == 1 ? " model" : " models").Append("</p>\n");
        if (s.Question is { } question) h.Append("<p class=\"question\"><strong>Question.</strong> ").Append(E(question)).Append("</p>\n");
        h.Append("</header>\n");

        h.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<a href=\"#summary\">Summary</a>\n<a href=\"#forecasts\">Forecasts</a>\n");
        foreach (var d in s.Dimensions) h.Append("<a href=\"#dim-").Append(E(d.Id)).Append("\">").Append(E(d.Label)).Append("</a>\n");
        h.Append("<a href=\"#uncertainty\">Uncertainty</a>\n<a href=\"#sensitivity\">Sensitivity</a>\n<a href=\"#leverage\">Leverage</a>\n<a href=\"#scenario\">Scenario</a>\n<a href=\"#sources\">Sources</a>\n</nav>\n");

        h.Append("<section id=\"summary\" class=\"summary\">\n<h2>In brief</h2>\n");
        foreach (var sentence in ReportSummary.Sentences(data)) h.Append("<p>").Append(E(sentence)).Append("</p>\n");
        if (s.Description is { } description) h.Append("<p class=\"small\">").Append(E(description)).Append("</p>\n");
        h.Append("</section>\n");

        WriteForecastTable(h, data);
        for (int k = 0; k < s.Dimensions.Count; k++) WriteDimension(h, data, k);
        WriteUncertainty(h, data);
        WriteSensitivity(h, data);
        WriteLeverage(h, data);
        WriteScenario(h, s);

        var o = data.Simulation.Options;
        h.Append("<footer>Made with Parley. Models: ").Append(E(string.Join(", ", data.Models.Select(m => m.Name))))
         .Append(". Monte Carlo: ").Append(o.Runs.ToString("N0", CultureInfo.InvariantCulture)).Append(" runs, seed ").Append(o.Seed.ToString(CultureInfo.InvariantCulture))
         .Append(", ").Append(o.Distribution.ToString().ToLowerInvariant()).Append(" draws. Leverage nudges: position ±10 % of the scale, salience ±20 points, capability ±20 %.</footer>\n");
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void WriteForecastTable(StringBuilder h, ReportData data)
    {
        var s = data.Scenario;
        h.Append("<section id=\"forecasts\">\n<h2>Forecasts</h2>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Dimension</th><th class=\"num\">Status quo</th>");
        foreach (var m in data.Models) h.Append("<th class=\"num\" title=\"").Append(E(m.Name)).Append("\">").Append(E(m.Id)).Append("</th>");
        h.Append("<th class=\"num\">").Append(E(data.HeadlineModel.Id)).Append(" 5–95 %</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < s.Dimensions.Count; k++)
        {
            var d = s.Dimensions[k];
            h.Append("<tr><td>").Append(E(d.Label)).Append("</td><td class=\"num\">").Append(d.StatusQuo is { } sq ? N(sq) : "–").Append("</td>");
            foreach (var f in data.Forecasts) h.Append("<td class=\"num\">").Append(N(f.Dimensions[k].Outcome)).Append("</td>");
            var spread = data.Simulation[data.Headline, k];
            h.Append("<td class=\"num\">").Append(N(spread.P05)).Append("–").Append(N(spread.P95)).Append("</td></tr>\n");
        }
        h.Append("</tbody></table></div>\n<p class=\"small\">");
        h.Append(string.Join("; ", data.Models.Select(m => $"<strong>{E(m.Id)}</strong>: {E(m.Name)}")));
        h.Append(".</p>\n</section>\n");
    }

    private static void WriteDimension(StringBuilder h, ReportData data, int k)
    {
        var s = data.Scenario;
        var d = s.Dimensions[k];
        h.Append("<section id=\"dim-").Append(E(d.Id)).Append("\">\n<h2>").Append(E(d.Label)).Append("</h2>\n");
        if (d.Description is { } description) h.Append("<p class=\"small\">").Append(E(description)).Append("</p>\n");
        Figure(h, PositionMapChart.Build(s, d.Id, data.Forecasts, catalog: data.Catalog), $"map-{k}",
            "Each actor's position; marker area shows capability × salience. Vertical lines: each model's forecast and the status quo (dashed).");
        var headline = data.HeadlineModel;
        var distribution = data.Simulation[data.Headline, k];
        if (data.Simulation.UncertainInputCount > 0)
        {
            Figure(h, DistributionChart.Build(d, headline.Name, DistributionChart.Column(data.Simulation, data.Headline, k), distribution, data.HeadlineForecast.Dimensions[k].Outcome), $"dist-{k}",
                $"Outcomes of {headline.Name} over {distribution.Runs.ToString("N0", CultureInfo.InvariantCulture)} draws of the uncertain inputs; the shaded band holds the middle 90 %.");
        }
        Figure(h, LeverageChart.Build(s, data.Leverage, d.Id), $"lev-{k}",
            $"How far each nudge moves the {headline.Id} forecast; the largest levers on top.");
        for (int m = 0; m < data.Forecasts.Count; m++)
        {
            if (TrajectoryChart.CanDraw(data.Forecasts[m], d.Id))
            {
                Figure(h, TrajectoryChart.Build(s, data.Forecasts[m], d.Id), $"traj-{k}-{m}", $"Positions round by round in {data.Forecasts[m].ModelName}.");
            }
        }
        int grid = 0;
        foreach (var matrix in data.Perceptions.Where(p => p.DimensionId == d.Id))
        {
            Figure(h, PerceptionGridChart.Build(matrix, $"{d.Label}: how each actor sees each other"), $"dyad-{k}-{grid++}", matrix.Note ?? "Row actor's view of its relation with the column actor.");
        }
        h.Append("</section>\n");
    }

    private static void Figure(StringBuilder h, Chart chart, string id, string caption)
    {
        h.Append("<figure>\n").Append(chart.ToSvg(id)).Append("<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void WriteUncertainty(StringBuilder h, ReportData data)
    {
        var s = data.Scenario;
        var sim = data.Simulation;
        h.Append("<section id=\"uncertainty\">\n<h2>Uncertainty</h2>\n<p>");
        if (sim.UncertainInputCount == 0)
        {
            h.Append("The scenario gives no uncertainty ranges, so every run equals the point forecast. Add <code>position_range</code>, <code>salience_range</code> or <code>capability_range</code> to the numbers you are unsure of.</p>\n</section>\n");
            return;
        }
        h.Append(sim.UncertainInputCount).Append(" numbers in the scenario carry an uncertainty range. Each of ")
         .Append(sim.Options.Runs.ToString("N0", CultureInfo.InvariantCulture)).Append(" runs draws them anew (")
         .Append(E(sim.Options.Distribution.ToString().ToLowerInvariant())).Append(", seed ").Append(sim.Options.Seed.ToString(CultureInfo.InvariantCulture))
         .Append(") and every model forecasts the same draws.</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Model</th><th>Dimension</th><th class=\"num\">Forecast</th><th class=\"num\">Mean</th><th class=\"num\">5 %</th><th class=\"num\">Median</th><th class=\"num\">95 %</th><th>Thresholds</th></tr></thead>\n<tbody>\n");
        for (int m = 0; m < data.Models.Count; m++)
        {
            for (int k = 0; k < s.Dimensions.Count; k++)
            {
                var d = sim[m, k];
                h.Append("<tr><td>").Append(E(data.Models[m].Id)).Append("</td><td>").Append(E(s.Dimensions[k].Id)).Append("</td><td class=\"num\">")
                 .Append(N(data.Forecasts[m].Dimensions[k].Outcome)).Append("</td><td class=\"num\">").Append(N(d.Mean)).Append("</td><td class=\"num\">")
                 .Append(N(d.P05)).Append("</td><td class=\"num\">").Append(N(d.P50)).Append("</td><td class=\"num\">").Append(N(d.P95)).Append("</td><td>")
                 .Append(E(string.Join(", ", d.Thresholds.Select(t => $"P({t.Threshold}) = {Percent(t.Probability)}")))).Append("</td></tr>\n");
            }
        }
        h.Append("</tbody></table></div>\n</section>\n");
    }

    private static void WriteSensitivity(StringBuilder h, ReportData data)
    {
        if (data.Sensitivity is not { } result) return;
        var s = data.Scenario;
        var o = result.Options;
        h.Append("<section id=\"sensitivity\">\n<h2>Which uncertainty matters</h2>\n<p>Of the ").Append(result.Inputs.Length)
         .Append(" uncertain numbers, which explain the spread of the ").Append(E(data.HeadlineModel.Name)).Append(" forecast? ")
         .Append("Sobol' indices split the forecast's variance: the <strong>total index</strong> ST is the share an input explains alone and together with others, ")
         .Append("the <strong>first-order index</strong> S1 the share it explains alone; an input with ST near zero could be fixed at its written value without changing the spread. ")
         .Append(o.Samples.ToString("N0", CultureInfo.InvariantCulture)).Append(result.Sampling == SamplingScheme.Sobol ? " Sobol' samples" : " pseudo-random samples")
         .Append(" (").Append(result.ModelRuns.ToString("N0", CultureInfo.InvariantCulture)).Append(" model runs, seed ").Append(o.Seed.ToString(CultureInfo.InvariantCulture))
         .Append("); intervals: ").Append((o.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append(" % bootstrap over ").Append(o.Resamples).Append(" resamples.</p>\n");
        h.Append("<div class=\"table-wrap\"><table>\n<thead><tr><th>Dimension</th><th>Largest total indices</th><th class=\"num\">Σ S1</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < s.Dimensions.Count; k++)
        {
            var output = result[0, k];
            h.Append("<tr><td>").Append(E(s.Dimensions[k].Id)).Append("</td><td>");
            if (!output.HasVariance)
            {
                h.Append("the forecast is the same in every run</td><td class=\"num\">—</td></tr>\n");
                continue;
            }
            var top = output.Ranked().Take(3).Select(i => $"{result.Inputs[i].Label} {N(output.TotalEffect[i].Value, "0.00")} ({N(output.TotalEffect[i].Low, "0.00")}–{N(output.TotalEffect[i].High, "0.00")})");
            h.Append(E(string.Join("; ", top))).Append("</td><td class=\"num\">").Append(N(output.FirstOrderSum.Value, "0.00")).Append("</td></tr>\n");
        }
        h.Append("</tbody></table></div>\n");
        for (int k = 0; k < s.Dimensions.Count; k++)
        {
            if (!result[0, k].HasVariance) continue;
            Figure(h, SensitivityChart.Build(s, result, 0, s.Dimensions[k].Id, top: 8), $"sobol-{k}",
                $"{s.Dimensions[k].Label}: the eight inputs with the largest total index; whiskers show the bootstrap intervals.");
        }
        h.Append("</section>\n");
    }

    private static void WriteLeverage(StringBuilder h, ReportData data)
    {
        var lev = data.Leverage;
        h.Append("<section id=\"leverage\">\n<h2>Leverage</h2>\n<p>Which single change moves the ").Append(E(data.HeadlineModel.Name))
         .Append(" forecast most? Each actor's position (±10 % of the scale), salience (±20 points) and capability (±20 %) is nudged in turn; the twelve largest effects:</p>\n");
        h.Append("<div class=\"table-wrap\"><table>\n<thead><tr><th class=\"num\">#</th><th>Actor</th><th>Dimension</th><th>Nudge</th><th class=\"num\">Forecast moves</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        foreach (var r in lev.Rows.Take(12))
        {
            string nudge = r.Parameter switch
            {
                Analysis.Leverage.LeverageParameter.Capability => $"capability {(r.Delta * 100).ToString("+0;-0", CultureInfo.InvariantCulture)} % ({N(r.From, "0.##")} → {N(r.To, "0.##")})",
                _ => $"{AnalysisJsonWriter.ParameterId(r.Parameter)} {N(r.From, "0.##")} → {N(r.To, "0.##")}",
            };
            h.Append("<tr><td class=\"num\">").Append(++rank).Append("</td><td>").Append(E(r.Actor)).Append("</td><td>").Append(E(r.Dimension)).Append("</td><td>")
             .Append(E(nudge)).Append("</td><td class=\"num\">").Append(r.Shift.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        h.Append("</tbody></table></div>\n");
        if (!lev.Pivotal.IsEmpty)
        {
            h.Append("<p><strong>Pivotal actors</strong> (standing at the weighted median, whose moves carry the median voter outcome): ")
             .Append(E(string.Join("; ", lev.Pivotal.GroupBy(p => p.Dimension).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Actor))} at {N(g.First().Position)}"))))
             .Append(".</p>\n");
        }
        h.Append("</section>\n");
    }

    private static void WriteScenario(StringBuilder h, Scenario s)
    {
        var sourceNumber = s.Sources.Select((src, i) => (src.Id, i)).ToDictionary(x => x.Id, x => x.i + 1, StringComparer.Ordinal);
        string Cite(IEnumerable<string> ids) => string.Join(" ", ids.Where(sourceNumber.ContainsKey).Select(id => $"<a href=\"#src-{E(id)}\">[{sourceNumber[id]}]</a>"));

        h.Append("<section id=\"scenario\">\n<h2>Scenario</h2>\n<h3>Actors</h3>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Id</th><th>Actor</th><th class=\"num\">Capability</th><th class=\"num\">Range</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (var a in s.Actors)
        {
            h.Append("<tr><td>").Append(E(a.Id)).Append("</td><td>").Append(E(a.Name)).Append("</td><td class=\"num\">").Append(N(a.Capability, "0.##"))
             .Append("</td><td class=\"num\">").Append(a.CapabilityRange is { } r ? $"{N(r.Low, "0.##")}–{N(r.High, "0.##")}" : "").Append("</td><td>").Append(Cite(a.Sources)).Append("</td></tr>\n");
        }
        h.Append("</tbody></table></div>\n<h3>Positions and salience</h3>\n<p class=\"small\">Position on each dimension's scale and salience (0–")
         .Append(N(s.SalienceScale.Maximum())).Append("), with the analyst's uncertainty ranges.</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Actor</th><th>Dimension</th><th class=\"num\">Position</th><th class=\"num\">Range</th><th class=\"num\">Salience</th><th class=\"num\">Range</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (var d in s.Dimensions)
        {
            foreach (var a in s.Actors)
            {
                if (s.FindStance(a.Id, d.Id) is not { } st) continue;
                h.Append("<tr><td>").Append(E(a.Id)).Append("</td><td>").Append(E(d.Id)).Append("</td><td class=\"num\">").Append(N(st.Position, "0.##"))
                 .Append("</td><td class=\"num\">").Append(st.PositionRange is { } pr ? $"{N(pr.Low, "0.##")}–{N(pr.High, "0.##")}" : "")
                 .Append("</td><td class=\"num\">").Append(N(st.Salience, "0.##"))
                 .Append("</td><td class=\"num\">").Append(st.SalienceRange is { } sr ? $"{N(sr.Low, "0.##")}–{N(sr.High, "0.##")}" : "")
                 .Append("</td><td>").Append(Cite(st.Sources)).Append("</td></tr>\n");
            }
        }
        h.Append("</tbody></table></div>\n<h3>Scales</h3>\n");
        foreach (var d in s.Dimensions)
        {
            h.Append("<p><strong>").Append(E(d.Label)).Append("</strong> (").Append(N(d.Scale.Min)).Append("–").Append(N(d.Scale.Max));
            if (d.StatusQuo is { } sq) h.Append(", status quo ").Append(N(sq));
            h.Append("): ").Append(E(string.Join(" · ", d.AnchorPoints.Select(x => $"{N(x.Value)} {x.Label}")))).Append("</p>\n");
        }
        h.Append("</section>\n<section id=\"sources\">\n<h2>Sources</h2>\n");
        if (s.Sources.Count == 0)
        {
            h.Append("<p>The scenario cites no sources.</p>\n");
        }
        else
        {
            h.Append("<ol class=\"sources\">\n");
            foreach (var src in s.Sources)
            {
                h.Append("<li id=\"src-").Append(E(src.Id)).Append("\">").Append(E(src.Citation));
                if (src.Url is { } url) h.Append(" ").Append(Link(url, url));
                h.Append("</li>\n");
            }
            h.Append("</ol>\n");
        }
        h.Append("</section>\n");
    }
}
