using System.Globalization;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands;

/// <summary>
/// One table per model and dimension, inputs ranked by total index, each index with its interval;
/// narrow enough for an 80-column terminal.
/// </summary>
internal static class SensitivityTable
{
    public static IRenderable Build(Scenario scenario, IReadOnlyList<Forecast> forecasts, SensitivityResult result, string? dimensionId, int top)
    {
        var options = result.Options;
        string confidence = (options.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
        var parts = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(scenario.Title)}[/] — Sobol' indices over {result.Inputs.Length} uncertain inputs\n"
                + $"{options.Samples:N0} samples ({Markup.Escape(result.Sampling == SamplingScheme.Sobol ? "Sobol' points" : "pseudo-random points")}), "
                + $"{result.ModelRuns:N0} model runs, seed {options.Seed}, {Markup.Escape(options.Distribution.Id())} draws; "
                + $"{confidence} bootstrap intervals ({options.Resamples} resamples)\n"
                + "[dim]ST: share of the forecast's variance an input explains alone and with others; S1: alone.[/]\n"),
        };
        for (int m = 0; m < result.Models.Length; m++)
        {
            for (int d = 0; d < result.DimensionIds.Length; d++)
            {
                if (dimensionId is not null && result.DimensionIds[d] != dimensionId) continue;
                parts.Add(Output(result, m, d, forecasts[m].Dimensions[d].Outcome, top));
            }
        }
        return new Rows(parts);
    }

    private static IRenderable Output(SensitivityResult result, int m, int d, double point, int top)
    {
        var output = result[m, d];
        string heading = $"[bold]{Markup.Escape(result.Models[m].Id)} · {Markup.Escape(result.DimensionIds[d])}[/]";
        if (!output.HasVariance)
        {
            return new Markup($"{heading}: the forecast is {F(output.Mean, 3)} in every run — no variance to apportion.\n");
        }
        var sum = output.FirstOrderSum;
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"{heading} — forecast {F(point, 3)}, sd {F(Math.Sqrt(output.Variance), 3)}; Σ S1 = {F(sum.Value, 3)} ({F(sum.Low, 2)}–{F(sum.High, 2)})");
        table.AddColumn(new TableColumn("[bold]#[/]").RightAligned());
        table.AddColumn("[bold]Input[/]");
        table.AddColumn(new TableColumn("[bold]Range[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]ST[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]interval[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]S1[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]interval[/]").RightAligned());
        var ranked = output.Ranked().ToList();
        int rank = 0;
        foreach (int i in ranked.Take(top))
        {
            var input = result.Inputs[i];
            var (s1, st) = (output.FirstOrder[i], output.TotalEffect[i]);
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(input.Label),
                $"{R(input.Low)}–{R(input.High)}",
                $"[bold]{F(st.Value, 3)}[/]",
                $"{F(st.Low, 2)}–{F(st.High, 2)}",
                F(s1.Value, 3),
                $"{F(s1.Low, 2)}–{F(s1.High, 2)}");
        }
        var rest = ranked.Skip(top).ToList();
        var caption = rest.Count == 0 ? "" : $"{rest.Count} more input(s), total index ≤ {F(output.TotalEffect[rest[0]].Value, 3)} (--top {ranked.Count} or --format json for all)";
        if (caption.Length > 0) table.Caption = new TableTitle($"[dim]{Markup.Escape(caption)}[/]");
        return new Rows(table, new Text(""));
    }

    private static string R(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => double.IsFinite(value)
        ? value.ToString(decimals == 2 ? "0.00" : "0.000", CultureInfo.InvariantCulture)
        : "—";
}
