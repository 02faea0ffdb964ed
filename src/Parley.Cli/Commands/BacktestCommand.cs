using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Calibration;
using Parley.Analysis.Backtest.Report;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Ensemble;
using Parley.Models.Fitted;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class BacktestSettings : CommandSettings
{
    [CommandArgument(0, "[DATASET]")]
    [Description("Dataset to backtest on; only 'deu3' (DEU III, EU legislative negotiations) for now.")]
    public string Dataset { get; init; } = "deu3";

    [CommandOption("-d|--data <DIR>")]
    [Description("Folder with deu3_issues.csv, deu3_positions_long.csv and deu3_actor_gdp_blksv.csv (default: data/deu3).")]
    public string Data { get; init; } = Path.Combine("data", "deu3");

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-m|--model <MODELS>")]
    [Description("Model ids, comma-separated, or 'all' (default: every model in 'parley models'). Settings: eu:rounds=10;q=1.")]
    public string? Model { get; init; }

    [CommandOption("-c|--capability <SCHEMES>")]
    [Description("Capability schemes, comma-separated: equal, gdp, ss (Shapley–Shubik), bz (Banzhaf), or all (default).")]
    public string? Capability { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the cross-validation folds and the bootstrap (default 20261127).")]
    public int Seed { get; init; } = 20261127;

    [CommandOption("--bootstrap <N>")]
    [Description("Bootstrap resamples over proposals for the 95 % intervals (default 2000).")]
    public int Bootstrap { get; init; } = 2000;

    [CommandOption("--folds <K>")]
    [Description("Cross-validation folds, split by proposal (default 10).")]
    public int Folds { get; init; } = 10;

    [CommandOption("--draws <N>")]
    [Description("Random fold assignments of the repeated cross-validation (default 20; 0 skips it, with the status-quo and distribution scores).")]
    public int Draws { get; init; } = 20;

    [CommandOption("--no-calibration")]
    [Description("Skip the calibration check of the Monte Carlo and ensemble intervals.")]
    public bool NoCalibration { get; init; }

    [CommandOption("--no-fit")]
    [Description("Skip fitting and cross-validating the candidate forecasters.")]
    public bool NoFit { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Longest a model may take on one issue (default 10).")]
    public double Timeout { get; init; } = 10;

    [CommandOption("--budget <SECONDS>")]
    [Description("Longest a model may take on all issues of one capability scheme; the rest are skipped (default 120).")]
    public double Budget { get; init; } = 120;

    [CommandOption("--report [PATH]")]
    [Description("Also write the accuracy report (markdown, with PNG and SVG plots beside it); default path docs/accuracy.md.")]
    public FlagValue<string>? Report { get; init; }

    [CommandOption("--fit-out <PATH>")]
    [Description("Write the fitted model's parameters (fitted on all scored issues) to this JSON file, e.g. src/Parley.Models/Fitted/fitted-compromise.v1.json.")]
    public string? FitOut { get; init; }
}

/// <summary><c>parley backtest deu3</c>: the score table of every model on DEU III.</summary>
public sealed class BacktestCommand : Command<BacktestSettings>
{
    public override int Execute(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        if (!string.Equals(settings.Dataset, "deu3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(Rules.InvalidValue, $"unknown dataset '{settings.Dataset}'; the backtest knows deu3", "DATASET");
        }
        if (settings.Bootstrap < 0) throw new InputException(Rules.InvalidValue, "--bootstrap must be ≥ 0", "--bootstrap");
        if (settings.Draws < 0) throw new InputException(Rules.InvalidValue, "--draws must be ≥ 0", "--draws");
        if (settings.Folds < 2) throw new InputException(Rules.InvalidValue, "--folds must be at least 2", "--folds");
        if (!(settings.Timeout > 0) || !(settings.Budget > 0)) throw new InputException(Rules.InvalidValue, "--timeout and --budget must be positive seconds", "--timeout");
        // Fail before the run, not after it, when an output cannot be written.
        string? reportPath = settings.Report is { IsSet: true } r ? (string.IsNullOrWhiteSpace(r.Value) ? Path.Combine("docs", "accuracy.md") : r.Value) : null;
        foreach (var (path, option) in new[] { (reportPath, "--report"), (settings.FitOut, "--fit-out") })
        {
            if (path is null) continue;
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is null || !Directory.Exists(folder)) throw new InputException(Rules.FileNotFound, $"cannot write '{path}': the folder '{folder}' does not exist", option);
        }
        var loaded = BacktestRunner.Load(settings.Data);
        if (!loaded.Success) throw new InputException(loaded.Problems);

        var options = new BacktestOptions
        {
            Models = Models(settings.Model),
            Capabilities = Capabilities(settings.Capability),
            Seed = settings.Seed,
            Resamples = settings.Bootstrap,
            Folds = settings.Folds,
            Draws = settings.Draws,
            Candidates = !settings.NoFit,
            IssueTimeout = TimeSpan.FromSeconds(settings.Timeout),
            ModelBudget = TimeSpan.FromSeconds(settings.Budget),
            IntervalForecasters = settings.NoCalibration ? [] : CalibrationForecasters(settings.Seed),
        };
        if (settings.FitOut is not null && !options.Candidates) throw new InputException(Rules.InvalidValue, "--fit-out needs the fit; drop --no-fit", "--fit-out");

        BacktestResult result;
        if (terminal.Interactive && format == "table")
        {
            BacktestResult? done = null;
            terminal.Error.Status().Start("backtesting…", ctx =>
            {
                done = BacktestRunner.Run(loaded.Value, options, new Progress<string>(m => ctx.Status(Markup.Escape(m))), cancellationToken);
            });
            result = done!;
        }
        else
        {
            result = BacktestRunner.Run(loaded.Value, options, cancellationToken: cancellationToken);
        }

        switch (format)
        {
            case "json":
                terminal.Raw.Write(BacktestJsonWriter.Write(result));
                break;
            case "csv":
                terminal.Raw.Write(Csv(result));
                break;
            default:
                BacktestTable.Print(terminal, result);
                break;
        }

        if (settings.FitOut is { } fitOut && result.Fitted is { } fitted)
        {
            var cv = result.Find(BuiltinModels.Fitted.Id, "gdp", "cv");
            var split = result.Find(BuiltinModels.Fitted.Id, "gdp", "time-split");
            var stored = fitted with
            {
                TrainedOn = $"DEU III, {result.Issues.Length} scored issues, capability = GDP row (data/deu3)",
                FittedBy = $"parley backtest deu3 --data {settings.Data.Replace('\\', '/')} --seed {settings.Seed} --folds {settings.Folds} --fit-out {fitOut.Replace('\\', '/')}",
                OutOfSample = OutOfSampleNote(result, cv, split, options),
            };
            OutputFile.WriteAllText(fitOut, stored.ToJson());
            terminal.Error.MarkupLine($"wrote {Markup.Escape(fitOut)} ({Markup.Escape(stored.ToString())}).");
        }

        if (reportPath is not null)
        {
            WriteReport(result, reportPath, settings);
            terminal.Error.MarkupLine($"wrote {Markup.Escape(reportPath)} and its plots.");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The score stored with the shipped parameters: the repeated cross-validation's mean and range, never one draw.</summary>
    private static string OutOfSampleNote(BacktestResult result, ScoreRow? cv, ScoreRow? split, BacktestOptions options)
    {
        var repeated = result.OutOfSample?.Find(Analysis.Backtest.Evaluation.Partition.RepeatedCv, "ae|fitted");
        var selected = result.OutOfSample?.Find(Analysis.Backtest.Evaluation.Partition.RepeatedCv, "ae|selected");
        if (repeated is not null && selected is not null)
        {
            string head = string.Create(CultureInfo.InvariantCulture,
                $"repeated 10-fold CV by proposal ({repeated.Partitions} fold draws, every parameter fitted in the training folds): MAE mean {repeated.Mean:0.000}, 5–95 % of draws {repeated.P05:0.000}–{repeated.P95:0.000}; with the model family also chosen inside the training folds (nested): {selected.Mean:0.000}");
            return split is null ? head : head + string.Create(CultureInfo.InvariantCulture, $"; time split (train < {options.TimeSplit:yyyy-MM-dd}) MAE {split.Scores.Mae:0.000} on {split.Scores.Issues} issues");
        }
        return cv is null || split is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $"one 10-fold CV by proposal MAE {cv.Scores.Mae:0.000}; time split (train < {options.TimeSplit:yyyy-MM-dd}) MAE {split.Scores.Mae:0.000} on {split.Scores.Issues} issues");
    }

    private static void WriteReport(BacktestResult result, string path, BacktestSettings settings)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string stem = Path.GetFileNameWithoutExtension(path);
        var rows = new[] { result.Find(BuiltinModels.Compromise.Id, "gdp", "in-sample"), result.Find(BuiltinModels.Compromise.Id, "equal", "in-sample"), result.Find(BuiltinModels.Median.Id, "gdp", "in-sample"), result.Find(BuiltinModels.Fitted.Id, "gdp", "cv") }
            .Where(r => r is not null).Select(r => r!).ToList();
        var errors = AccuracyPlots.Render(AccuracyPlots.ErrorDistribution(result, rows));
        var calibration = AccuracyPlots.Render(AccuracyPlots.Calibration(result));
        string errorName = stem + "-errors", calibrationName = stem + "-calibration";
        string command = "parley backtest deu3 --data " + settings.Data.Replace('\\', '/')
            + (settings.Seed != 20261127 ? " --seed " + settings.Seed.ToString(CultureInfo.InvariantCulture) : "")
            + (settings.Bootstrap != 2000 ? " --bootstrap " + settings.Bootstrap.ToString(CultureInfo.InvariantCulture) : "")
            + (settings.Folds != 10 ? " --folds " + settings.Folds.ToString(CultureInfo.InvariantCulture) : "")
            + (settings.Draws != 20 ? " --draws " + settings.Draws.ToString(CultureInfo.InvariantCulture) : "")
            + (settings.Model is null ? "" : " --model " + settings.Model)
            + (settings.Capability is null ? "" : " --capability " + settings.Capability)
            + " --report " + path.Replace('\\', '/');
        string markdown = AccuracyReport.Markdown(result, command, errorName + ".png", calibrationName + ".png");
        OutputFile.WriteAllBytes(Path.Combine(directory, errorName + ".png"), errors.Png);
        OutputFile.WriteAllText(Path.Combine(directory, errorName + ".svg"), errors.Svg);
        OutputFile.WriteAllBytes(Path.Combine(directory, calibrationName + ".png"), calibration.Png);
        OutputFile.WriteAllText(Path.Combine(directory, calibrationName + ".svg"), calibration.Svg);
        OutputFile.WriteAllText(path, markdown);
    }

    /// <summary>
    /// The uncertainty analysis's intervals checked on DEU: Monte Carlo of the compromise and the
    /// fitted model over ranges put on every number, and the ensemble's spread between models.
    /// </summary>
    private static IReadOnlyList<IIntervalForecaster> CalibrationForecasters(int seed)
    {
        return
        [
            new MonteCarloIntervals(ModelCatalog.Default("mean"), seed: (ulong)seed),
            new MonteCarloIntervals(ModelCatalog.Default("fitted"), seed: (ulong)seed),
            // Without the fitted model, which has seen these outcomes.
            new EnsembleSpreadIntervals((EnsembleModel)ModelCatalog.Find("ensemble")!.Create(new Dictionary<string, string>
            {
                ["members"] = string.Join(',', ModelCatalog.Standalone.Select(e => e.Id).Where(id => !BacktestRunner.TrainedOnDeu.Contains(id) && id != Parley.Models.Procedural.ProceduralModel.ModelId)),
            }).Value),
        ];
    }

    private static IReadOnlyList<ModelSpec>? Models(string? option)
    {
        if (string.IsNullOrWhiteSpace(option) || option.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return null;
        var specs = new List<ModelSpec>();
        foreach (var part in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = part.IndexOf(':');
            string id = colon < 0 ? part : part[..colon];
            if (ModelCatalog.Find(id) is null)
            {
                throw new InputException(Rules.InvalidValue, $"unknown model '{id}'; choose from {string.Join(", ", ModelCatalog.Ids)} or all", "--model");
            }
            IReadOnlyDictionary<string, string> values = colon < 0 ? new Dictionary<string, string>() : ModelSelection.ParseParameters(part[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries));
            specs.Add(new ModelSpec(ModelCatalog.Find(id)!.Id, values.ToImmutableSortedDictionary(StringComparer.OrdinalIgnoreCase)));
        }
        return specs;
    }

    private static IReadOnlyList<CapabilityScheme> Capabilities(string? option)
    {
        if (string.IsNullOrWhiteSpace(option) || option.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return CapabilityScheme.All;
        var schemes = new List<CapabilityScheme>();
        foreach (var id in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var scheme = CapabilityScheme.Find(id)
                ?? throw new InputException(Rules.InvalidValue, $"unknown capability scheme '{id}'; use equal, gdp, ss, bz or all", "--capability");
            if (!schemes.Contains(scheme)) schemes.Add(scheme);
        }
        return schemes;
    }

    private static string Csv(BacktestResult result)
    {
        var text = new StringBuilder("model,capability,evaluation,issues,mae,rmse,median_ae,within10,within20,mae_ci_low,mae_ci_high,failures\n");
        foreach (var s in result.Scores)
        {
            text.AppendJoin(',', Quote(s.Model), s.Capability, s.Evaluation, N(s.Scores.Issues), N(s.Scores.Mae), N(s.Scores.Rmse), N(s.Scores.MedianAe),
                N(s.Scores.Within10), N(s.Scores.Within20), N(s.MaeCi.Low), N(s.MaeCi.High), N(s.Failures)).Append('\n');
        }
        return text.ToString();

        static string N(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
        static string Quote(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
