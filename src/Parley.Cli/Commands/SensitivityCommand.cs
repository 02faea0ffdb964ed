using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text;
using Parley.Analysis.Output;
using Parley.Analysis.Runs;
using Parley.Analysis.Sensitivity;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class SensitivitySettings : ForecastSettings
{
    [CommandOption("-d|--dimension <DIM>")]
    [Description("Show only this dimension's forecast (the analysis varies every input either way).")]
    public string? Dimension { get; init; }

    [CommandOption("-n|--samples <N>")]
    [Description("Rows N of the Saltelli matrices A and B; costs N·(k + 2) model runs for k uncertain inputs. Powers of two suit Sobol' points best.")]
    [DefaultValue(1024)]
    public int Samples { get; init; } = 1024;

    [CommandOption("--dist <DIST>")]
    [Description("How inputs are drawn from their ranges: pert (default), uniform or normal — as in 'parley simulate'.")]
    [DefaultValue("pert")]
    public string Distribution { get; init; } = "pert";

    [CommandOption("--resamples <N>")]
    [Description("Bootstrap resamples for the confidence intervals.")]
    [DefaultValue(500)]
    public int Resamples { get; init; } = 500;

    [CommandOption("--confidence <LEVEL>")]
    [Description("Coverage of the bootstrap intervals.")]
    [DefaultValue(0.95)]
    public double Confidence { get; init; } = 0.95;

    [CommandOption("--sampling <SCHEME>")]
    [Description("sobol (quasi-random; default while the inputs fit its 1,833-input table) or random.")]
    public string? Sampling { get; init; }

    [CommandOption("--top <N>")]
    [Description("Inputs to show per forecast in the table (JSON and CSV always hold every input).")]
    [DefaultValue(15)]
    public int Top { get; init; } = 15;

    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores). Changes speed, never results.")]
    public int? Threads { get; init; }

    /// <summary>Here --seed seeds the design and the bootstrap; a model's own seed is set with --param seed=….</summary>
    public override IEnumerable<string> AllParameters() => base.AllParameters().Where(p => !p.StartsWith("seed=", StringComparison.Ordinal) || Parameters.Contains(p));
}

/// <summary>
/// <c>parley sensitivity</c>: which uncertain inputs explain the spread of each forecast — first-order
/// and total Sobol' indices with bootstrap intervals, ranked by total index.
/// </summary>
public sealed class SensitivityCommand : Command<SensitivitySettings>
{
    public override int Execute(CommandContext context, SensitivitySettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var scenario = ScenarioLoader.Load(settings);
        if (settings.Dimension is { } dim && scenario.DimensionIndex(dim) < 0)
        {
            throw new InputException(Rules.UnknownDimension, $"no dimension '{dim}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})", "--dimension");
        }
        if (settings.Top < 1) throw new InputException(Rules.InvalidValue, "--top must be at least 1", "--top");
        var request = new SensitivityRequest(settings.Samples, settings.Distribution, settings.Seed, settings.Resamples, settings.Confidence, settings.Sampling, settings.Threads);
        var parsed = request.ToOptions(scenario);
        if (!parsed.Success) throw new InputException(parsed.Problems);
        var options = parsed.Value;
        var models = ModelSelection.Resolve(settings.Model, settings.AllParameters(), scenario);
        var compiled = CompiledScenario.Compile(scenario);
        var forecasts = models.Select(m => m.Run(compiled, cancellationToken)).ToList();

        long runs = options.ModelRuns(Analysis.Uncertainty.UncertainInputs.From(compiled).Count);
        int total = (int)Math.Min(int.MaxValue, runs);
        var result = LongRunning.Run(terminal, $"{runs:N0} model runs", total,
            progress => SensitivityAnalysis.Run(scenario, models, options, new Narrowing(progress), cancellationToken));
        if (result.Sampling == SamplingScheme.Sobol && !BitOperations.IsPow2(options.Samples))
        {
            terminal.Error.MarkupLine($"[yellow]note[/]: {options.Samples:N0} samples is not a power of two, so the Sobol' points lose their balance; 1024, 2048 or 4096 converge faster.");
        }

        switch (format)
        {
            case "json":
                terminal.Raw.Write(SensitivityJsonWriter.Write(scenario, forecasts, result, settings.Dimension));
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(result, settings.Dimension));
                break;
            default:
                terminal.Out.Write(SensitivityTable.Build(scenario, forecasts, result, settings.Dimension, settings.Top));
                break;
        }
        return ExitCodes.Ok;
    }

    private static string ToCsv(SensitivityResult result, string? dimensionId)
    {
        var text = new StringBuilder("model,dimension,rank,input,actor,input_dimension,parameter,low,value,high,first_order,first_order_low,first_order_high,total,total_low,total_high\n");
        for (int m = 0; m < result.Models.Length; m++)
        {
            for (int d = 0; d < result.DimensionIds.Length; d++)
            {
                if (dimensionId is not null && result.DimensionIds[d] != dimensionId) continue;
                var output = result[m, d];
                int rank = 0;
                foreach (int i in output.Ranked())
                {
                    var input = result.Inputs[i];
                    var (s1, st) = (output.FirstOrder[i], output.TotalEffect[i]);
                    text.Append(string.Join(',', result.Models[m].Id, result.DimensionIds[d], (++rank).ToString(CultureInfo.InvariantCulture), input.Label, input.ActorId,
                        input.DimensionId ?? "", input.Parameter, N(input.Low), N(input.Value), N(input.High),
                        N(s1.Value), N(s1.Low), N(s1.High), N(st.Value), N(st.Low), N(st.High))).Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>The analysis counts runs in a long; the progress bar takes an int.</summary>
    private sealed class Narrowing(IProgress<int> inner) : IProgress<long>
    {
        public void Report(long value) => inner.Report((int)Math.Min(int.MaxValue, value));
    }
}
