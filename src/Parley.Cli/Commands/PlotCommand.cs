using System.ComponentModel;
using Parley.Analysis.Runs;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Reports.Charts;
using Parley.Reports.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class PlotSettings : ForecastSettings
{
    [CommandOption("-c|--chart <CHART>")]
    [Description("map (positions, forecasts, status quo), trajectory (rounds of a dynamic model), distribution (Monte Carlo), leverage (tornado), dyads (perception grid; with --dyad, event cooperation over time) or sensitivity (Sobol' indices, 1,024 samples; --seed and --dist as in distribution).")]
    public string? Chart { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Image to write: .png or .svg (format from the extension).")]
    public string? Output { get; init; }

    [CommandOption("-d|--dimension <DIM>")]
    [Description("Dimension to draw (default: the first).")]
    public string? Dimension { get; init; }

    [CommandOption("-n|--runs <N>")]
    [Description("distribution: Monte Carlo runs.")]
    [DefaultValue(10000)]
    public int Runs { get; init; } = 10000;

    [CommandOption("--dist <DIST>")]
    [Description("distribution: how inputs are drawn from their ranges (pert, uniform, normal).")]
    [DefaultValue("pert")]
    public string Distribution { get; init; } = "pert";

    [CommandOption("--threshold <DIM_OP_V>")]
    [Description("distribution: mark a threshold and its probability, e.g. sanctions>=60. Repeatable.")]
    public string[] Thresholds { get; init; } = [];

    [CommandOption("--width <PX>")]
    [Description("Image width in pixels (300–4000; the height follows the content).")]
    public int? Width { get; init; }

    [CommandOption("--dyad <A-B>")]
    [Description("dyads: chart event cooperation over time for this directed dyad of CAMEO codes (e.g. USA-PRK) from the event ledger. Repeatable.")]
    public string[] Dyads { get; init; } = [];

    [CommandOption("--events <STORE>")]
    [Description("dyads with --dyad: the event ledger's store.")]
    public string? Events { get; init; }

    [CommandOption("--period <PERIOD>")]
    [Description("dyads with --dyad: month (default), quarter or year.")]
    [DefaultValue("month")]
    public string Period { get; init; } = "month";

    /// <summary>Here --seed seeds the Monte Carlo draws, as in simulate; a model's own seed is set with --param seed=….</summary>
    public override IEnumerable<string> AllParameters() => base.AllParameters().Where(p => !p.StartsWith("seed=", StringComparison.Ordinal) || Parameters.Contains(p));
}

/// <summary><c>parley plot</c>: one chart of a scenario as PNG or SVG.</summary>
public sealed class PlotCommand : Command<PlotSettings>
{
    public override int Execute(CommandContext context, PlotSettings settings, CancellationToken cancellationToken)
    {
        var kind = ChartKindExtensions.Parse(settings.Chart)
            ?? throw new InputException(Rules.InvalidValue, settings.Chart is null
                ? $"--chart is required: {string.Join(", ", ChartKindExtensions.Names)}"
                : $"unknown chart '{settings.Chart}'; choose {string.Join(", ", ChartKindExtensions.Names)}", "--chart");
        if (string.IsNullOrWhiteSpace(settings.Output)) throw new InputException(Rules.MissingField, "--output (-o) is required: the .png or .svg file to write", "--output");
        var format = ChartFormatExtensions.FromFileName(settings.Output)
            ?? throw new InputException(Rules.InvalidValue, $"cannot tell the image format of '{settings.Output}': end it in .png or .svg", "--output");
        if (settings.Width is < 300 or > 4000) throw new InputException(Rules.InvalidValue, $"--width must be between 300 and 4000, found {settings.Width}", "--width");

        var scenario = ScenarioLoader.Load(settings);
        Chart chart;
        if (kind == ChartKind.Dyads && settings.Dyads.Length > 0)
        {
            chart = CooperationChart(settings, cancellationToken);
        }
        else
        {
            string? modelOption = settings.Model ?? (kind.TakesOneModel() ? "mean" : null);
            var models = ModelSelection.Resolve(modelOption, settings.AllParameters(), scenario);
            var simulation = kind is ChartKind.Distribution or ChartKind.Sensitivity ? SimulateCommand.Options(
                new SimulateSettings { Runs = settings.Runs, Distribution = settings.Distribution, Thresholds = settings.Thresholds, Seed = settings.Seed }, scenario) : null;
            var built = LongRunning.Run(Terminal.Current, "drawing", 1, _ => ChartBuilder.Build(scenario, models,
                new ChartRequest(kind, settings.Dimension, simulation, settings.Width), "--dimension", cancellationToken));
            if (!built.Success) throw new InputException(built.Problems.Select(p => p.Field == "model" ? p with { Field = "--model" } : p).ToList());
            chart = built.Value;
        }
        OutputFile.WriteAllBytes(settings.Output, chart.Render(format));
        Terminal.Current.Error.MarkupLine($"[green]wrote[/] {Markup.Escape(settings.Output)} ({chart.Width}×{chart.Height}, {Markup.Escape(chart.Title)})");
        return ExitCodes.Ok;
    }

    private static Chart CooperationChart(PlotSettings settings, CancellationToken cancellationToken)
    {
        var dyads = new List<(string Source, string Target)>();
        foreach (var text in settings.Dyads)
        {
            var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InputException(Rules.InvalidValue, $"--dyad expects SOURCE-TARGET CAMEO codes, e.g. USA-PRK; found '{text}'", "--dyad");
            }
            dyads.Add((parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant()));
        }
        if (settings.Period is not ("month" or "quarter" or "year")) throw new InputException(Rules.InvalidValue, $"--period must be month, quarter or year, found '{settings.Period}'", "--period");
        var history = EventLedgerAdapter.Open(settings.Events);
        List<Parley.Reports.Events.CooperationSeries> series;
        try
        {
            series = dyads.Select(d => history.Cooperation(d.Source, d.Target, settings.Period, cancellationToken)).ToList();
        }
        catch (Parley.Events.Store.LedgerException e)
        {
            throw new InputException(Rules.InvalidValue, e.Message, "--events");
        }
        return Parley.Reports.Charts.CooperationChart.Build(series, "Cooperation over time (event ledger)", width: settings.Width ?? 900);
    }
}
