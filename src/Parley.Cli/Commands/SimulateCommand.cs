using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Analysis.Uncertainty;
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
        var options = Options(settings);
        var scenario = ScenarioLoader.Load(settings);
        foreach (var threshold in options.Thresholds)
        {
            if (scenario.DimensionIndex(threshold.DimensionId) < 0)
            {
                throw new InputException(Rules.UnknownDimension, $"--threshold {threshold}: no dimension '{threshold.DimensionId}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})", "--threshold");
            }
        }
        var models = ModelSelection.Resolve(settings.Model, settings.AllParameters(), scenario);
        var compiled = CompiledScenario.Compile(scenario);
        var forecasts = models.Select(m => m.Run(compiled, cancellationToken)).ToList();

        var result = LongRunning.Run(terminal, $"{options.Runs:N0} runs", options.Runs,
            progress => MonteCarloSimulation.Run(scenario, models, options, progress, cancellationToken));

        switch (format)
        {
            case "json":
                terminal.Raw.Write(ForecastJsonWriter.Write(scenario, forecasts,
                    w => WriteRunInfo(w, result),
                    (w, model, d) => WriteDistribution(w, result[models.ToList().FindIndex(m => m.Id == model), d])));
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

    private static MonteCarloOptions Options(SimulateSettings settings)
    {
        var problems = new List<Problem>();
        if (settings.Runs < 1 || settings.Runs > 100_000_000) problems.Add(new Problem(Rules.InvalidValue, $"--runs must be between 1 and 100,000,000, found {settings.Runs}", Field: "--runs"));
        if (settings.Bins < 1 || settings.Bins > 1000) problems.Add(new Problem(Rules.InvalidValue, $"--bins must be between 1 and 1000, found {settings.Bins}", Field: "--bins"));
        if (settings.Threads is < 1) problems.Add(new Problem(Rules.InvalidValue, "--threads must be at least 1", Field: "--threads"));
        var distribution = InputDistributionExtensions.Parse(settings.Distribution);
        if (distribution is null) problems.Add(new Problem(Rules.InvalidValue, $"--dist must be pert, uniform or normal, found '{settings.Distribution}'", Field: "--dist"));
        ulong seed = 1;
        if (settings.Seed is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"--seed must be a whole number ≥ 0, found '{seedText}'", Field: "--seed"));
        }
        var thresholds = new List<Threshold>();
        foreach (var text in settings.Thresholds)
        {
            var parsed = Threshold.Parse(text);
            if (parsed.Success) thresholds.Add(parsed.Value);
            else problems.AddRange(parsed.Problems);
        }
        if (problems.Count > 0) throw new InputException(problems);
        return new MonteCarloOptions(settings.Runs, seed, distribution!.Value, settings.Threads, settings.Bins) { Thresholds = thresholds };
    }

    internal static void WriteRunInfo(Utf8JsonWriter w, MonteCarloResult result)
    {
        w.WriteStartObject("simulation");
        w.WriteNumber("runs", result.Options.Runs);
        w.WriteNumber("completed_runs", result.CompletedRuns);
        w.WriteNumber("seed", result.Options.Seed);
        w.WriteString("distribution", result.Options.Distribution.Id());
        w.WriteNumber("uncertain_inputs", result.UncertainInputCount);
        w.WriteEndObject();
    }

    internal static void WriteDistribution(Utf8JsonWriter w, OutcomeDistribution d)
    {
        w.WriteStartObject("distribution");
        w.WriteNumber("runs", d.Runs);
        w.WriteNumber("mean", d.Mean);
        w.WriteNumber("p05", d.P05);
        w.WriteNumber("p25", d.P25);
        w.WriteNumber("p50", d.P50);
        w.WriteNumber("p75", d.P75);
        w.WriteNumber("p95", d.P95);
        w.WriteStartArray("histogram");
        foreach (var bin in d.Histogram)
        {
            w.WriteStartObject();
            w.WriteNumber("from", bin.From);
            w.WriteNumber("to", bin.To);
            w.WriteNumber("count", bin.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (!d.Thresholds.IsEmpty)
        {
            w.WriteStartArray("thresholds");
            foreach (var t in d.Thresholds)
            {
                w.WriteStartObject();
                w.WriteString("threshold", t.Threshold.ToString());
                w.WriteNumber("probability", t.Probability);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
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
