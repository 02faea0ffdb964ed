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
            new Markup($"[bold]{Markup.Escape(scenario.Title)}[/]\n"
                + $"Sobol' indices over {result.Inputs.Length} uncertain inputs: {options.Samples:N0} "
                + $"{(result.Sampling == SamplingScheme.Sobol ? "Sobol'" : "pseudo-random")} samples, {result.ModelRuns:N0} runs,\n"
                + $"seed {options.Seed}, {Markup.Escape(options.Distribution.Id())} draws; {confidence} bootstrap intervals ({options.Resamples} resamples).\n"
                + "[dim]ST: share of the forecast's variance an input explains, alone or with others;\n"
                + "S1: alone. Σ S1 near 1: the inputs act additively.[/]\n"),
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
        string interval = (result.Options.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
        var output = result[m, d];
        string heading = $"[bold]{Markup.Escape(result.Models[m].Id)} · {Markup.Escape(result.DimensionIds[d])}[/]";
        if (!output.HasVariance)
        {
            return new Markup($"{heading}: the forecast is {F(output.Mean, 3)} in every run — no variance to apportion.\n");
        }
        var sum = output.FirstOrderSum;
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"{heading} — forecast {R(point)}, sd {R(Math.Sqrt(output.Variance))}");
        table.AddColumn("[bold]Input[/]");
        table.AddColumn(new TableColumn("[bold]Range[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]ST[/]").RightAligned());
        table.AddColumn(new TableColumn($"[bold]{interval}[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]S1[/]").RightAligned());
        table.AddColumn(new TableColumn($"[bold]{interval}[/]").RightAligned());
        var ranked = output.Ranked().ToList();
        foreach (int i in ranked.Take(top))
        {
            var input = result.Inputs[i];
            var (s1, st) = (output.FirstOrder[i], output.TotalEffect[i]);
            table.AddRow(
                // Within one dimension's table its own stances need no dimension name.
                Markup.Escape(input.DimensionId == result.DimensionIds[d] ? $"{input.ActorId} {input.Parameter}" : input.Label),
                $"{R(input.Low)}–{R(input.High)}",
                $"[bold]{F(st.Value, 3)}[/]",
                Interval(st),
                F(s1.Value, 3),
                Interval(s1));
        }
        var rest = ranked.Skip(top).ToList();
        string caption = $"Σ S1 = {F(sum.Value, 3)} ({F(sum.Low, 3)}–{F(sum.High, 3)})";
        if (rest.Count > 0) caption += $"; {rest.Count} more inputs with ST ≤ {F(output.TotalEffect[rest[0]].Value, 3)} (--top {ranked.Count})";
        table.Caption = new TableTitle(Markup.Escape(caption));
        return new Rows(table, new Text(""));
    }

    /// <summary>"−.014–.013": indices lie near [0, 1], so the leading zero only costs width.</summary>
    private static string Interval(IndexEstimate e) => $"{Short(e.Low)}–{Short(e.High)}";

    private static string Short(double value)
    {
        string text = F(value, 3);
        return text.StartsWith("0.", StringComparison.Ordinal) ? text[1..] : text.StartsWith("-0.", StringComparison.Ordinal) ? "-" + text[2..] : text;
    }

    private static string R(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => double.IsFinite(value)
        ? value.ToString(decimals == 2 ? "0.00" : "0.000", CultureInfo.InvariantCulture)
        : "—";
}
