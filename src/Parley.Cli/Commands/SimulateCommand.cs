using System.ComponentModel;
using System.Globalization;
using System.Text;
using Parley.Analysis.Output;
using Parley.Analysis.Runs;
using Parley.Analysis.Uncertainty;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class SimulateSettings : ForecastSettings
{
    [CommandOption("-n|--runs <N>")]
    [Description("Number of Monte Carlo runs.")]
    [DefaultValue(10000)]
    public int Runs { get; init; } = 10000;

    [CommandOption("--dist <DIST>")]
    [Description("How inputs are drawn from their ranges: pert (default; the written value is the most likely), uniform, or normal (σ = range/4, truncated).")]
    [DefaultValue("pert")]
    public string Distribution { get; init; } = "pert";

    [CommandOption("--threshold <DIM_OP_V>")]
    [Description("Probability that an outcome meets a threshold, e.g. sanctions>=60 (also >, <=, <). Repeatable.")]
    public string[] Thresholds { get; init; } = [];

    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores). Changes speed, never results.")]
    public int? Threads { get; init; }

    [CommandOption("--bins <N>")]
    [Description("Histogram bars over each dimension's scale.")]
    [DefaultValue(20)]
    public int Bins { get; init; } = 20;

    /// <summary>Here --seed seeds the Monte Carlo draws; a model's own seed is set with --param seed=….</summary>
    public override IEnumerable<string> AllParameters() => base.AllParameters().Where(p => !p.StartsWith("seed=", StringComparison.Ordinal) || Parameters.Contains(p));
}

/// <summary>
/// <c>parley simulate</c>: Monte Carlo over the scenario's uncertainty ranges — per model and
/// dimension the mean, median, 5–95 % interval, a histogram and threshold probabilities.
/// </summary>
public sealed class SimulateCommand : Command<SimulateSettings>
{
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var request = new SimulateRequest(settings.Source, settings.WhatIf, settings.Models, Request(settings));
        var simulation = LongRunning.Run(terminal, $"{settings.Runs:N0} runs", Math.Max(settings.Runs, 1),
            progress => new SimulateHandler().Handle(request, progress, cancellationToken)).OrStop();
        var (scenario, forecasts, result) = (simulation.Scenario, simulation.Forecasts, simulation.Distribution);
        var options = result.Options;

        switch (format)
        {
            case "json":
                terminal.Raw.Write(simulation.ToJson());
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(scenario, forecasts, result));
                break;
            default:
                terminal.Out.Write(SimulationTable.Build(scenario, forecasts, result));
                break;
        }
        if (!result.Complete)
        {
            terminal.Error.MarkupLine($"[yellow]stopped[/] after {result.CompletedRuns:N0} of {options.Runs:N0} runs; the figures above cover the finished runs.");
            return ExitCodes.Cancelled;
        }
        return ExitCodes.Ok;
    }

    internal static SimulationRequest Request(SimulateSettings settings) =>
        new(settings.Runs, settings.Distribution, settings.Thresholds, settings.Seed, settings.Threads, settings.Bins);

    internal static MonteCarloOptions Options(SimulateSettings settings, Scenario scenario)
    {
        var options = Request(settings).ToOptions(scenario);
        return options.Success ? options.Value : throw new InputException(options.Problems);
    }

    private static string ToCsv(Scenario scenario, IReadOnlyList<Forecast> forecasts, MonteCarloResult result)
    {
        var thresholds = result.Options.Thresholds;
        var text = new StringBuilder("model,dimension,outcome,runs,mean,p05,p25,p50,p75,p95");
        foreach (var t in thresholds) text.Append(",P(").Append(t).Append(')');
        text.Append('\n');
        for (int m = 0; m < forecasts.Count; m++)
        {
            for (int d = 0; d < scenario.Dimensions.Count; d++)
            {
                var dist = result[m, d];
                text.Append(string.Join(',', forecasts[m].ModelId, scenario.Dimensions[d].Id, N(forecasts[m].Dimensions[d].Outcome), dist.Runs.ToString(CultureInfo.InvariantCulture),
                    N(dist.Mean), N(dist.P05), N(dist.P25), N(dist.P50), N(dist.P75), N(dist.P95)));
                foreach (var t in thresholds)
                {
                    text.Append(',');
                    if (t.DimensionId == scenario.Dimensions[d].Id) text.Append(N(dist.Thresholds.First(p => p.Threshold == t).Probability));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
