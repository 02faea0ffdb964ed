using System.Collections.Immutable;
using Parley.Analysis.Backtest.Calibration;
using Parley.Analysis.Backtest.Deu;
using Parley.Core;
using Parley.Models.Fitted;

namespace Parley.Analysis.Backtest;

/// <summary>A model to backtest: a catalog id and its settings.</summary>
public sealed record ModelSpec(string Id, ImmutableSortedDictionary<string, string> Settings)
{
    public static ModelSpec Of(string id) => new(id, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary><c>mean</c>, or <c>eu(preset=bdm;rounds=10)</c> with settings.</summary>
    public string Label => Settings.IsEmpty ? Id : $"{Id}({string.Join(";", Settings.Select(kv => kv.Key + "=" + kv.Value))})";
}

public sealed record BacktestOptions
{
    /// <summary>Models to run; null = every model in the catalog with its default settings.</summary>
    public IReadOnlyList<ModelSpec>? Models { get; init; }

    public IReadOnlyList<CapabilityScheme> Capabilities { get; init; } = CapabilityScheme.All;

    public int Seed { get; init; } = 20261127;

    public int Resamples { get; init; } = 2000;

    public int Folds { get; init; } = 10;

    /// <summary>Time split: fit on proposals introduced before this date, test on the rest.</summary>
    public DateOnly TimeSplit { get; init; } = new(2008, 1, 1);

    /// <summary>Longest one model may take on one issue before it counts as failed there.</summary>
    public TimeSpan IssueTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest one model may take on all issues of one capability scheme; the rest are skipped.</summary>
    public TimeSpan ModelBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Fit and cross-validate the candidate forecasters.</summary>
    public bool Candidates { get; init; } = true;

    /// <summary>Random fold assignments of the repeated cross-validation (0 = skip the out-of-sample evaluation of P(SQ) and distributions).</summary>
    public int Draws { get; init; } = 20;

    /// <summary>Cut dates of the time splits of the repeated evaluation (train before, test on or after).</summary>
    public IReadOnlyList<DateOnly> TimeSplits { get; init; } = [new(2000, 1, 1), new(2004, 1, 1), new(2006, 1, 1), new(2008, 1, 1)];

    /// <summary>Extra interval forecasters to check (e.g. Monte Carlo, ensemble), run on the GDP scenarios.</summary>
    public IReadOnlyList<IIntervalForecaster> IntervalForecasters { get; init; } = [];
}

/// <summary>
/// One line of the score table. <see cref="Evaluation"/>: <c>in-sample</c> (all scored issues;
/// for models with nothing fitted on DEU this is also out of sample), <c>cv</c> (k-fold by
/// proposal) or <c>time-split</c> (issues introduced on or after the split date).
/// <see cref="Forecasts"/> is aligned with the scored issues, NaN where there is none.
/// </summary>
public sealed record ScoreRow(string Model, string Capability, string Evaluation, ErrorScores Scores, Interval MaeCi, int Failures, ImmutableArray<double> Forecasts);

/// <summary>Mean of (|error of Model| − |error of Versus|) over the issues both forecast, with its bootstrap interval.</summary>
public sealed record PairedRow(string Model, string Capability, string Evaluation, string Versus, int Issues, double MaeDifference, Interval Ci);

public sealed record BreakdownRow(string Model, string Capability, string Evaluation, string By, string Group, ErrorScores Scores);

/// <summary>A candidate forecaster and the parameters its fits chose (per fold, on the early proposals, on all issues).</summary>
public sealed record CandidateReport(string Id, string Description, ImmutableArray<string> CvParameters, string TimeSplitParameters, string AllIssuesParameters);

/// <summary>In-sample MAE of the fitted model when one parameter is moved away from its fitted value.</summary>
public sealed record SensitivityPoint(string Parameter, double Value, double Mae);

public sealed record ModelFailure(string Model, string Capability, int Failed, int TimedOut, int Skipped, string? FirstMessage);

public sealed record BacktestResult(
    DeuDataset Data,
    ImmutableArray<DeuIssue> Issues,
    ImmutableArray<ScoreRow> Scores,
    ImmutableArray<PairedRow> Paired,
    ImmutableArray<BreakdownRow> Breakdowns,
    ImmutableArray<CandidateReport> Candidates,
    ImmutableArray<ModelFailure> Failures,
    ImmutableArray<Coverage> Calibration,
    FittedParameters? Fitted,
    ImmutableArray<SensitivityPoint> Sensitivity,
    BacktestOptions Options,
    TimeSpan Elapsed,
    Evaluation.OutOfSampleReport? OutOfSample = null)
{
    public const string Reference = "mean/gdp";

    public ScoreRow? Find(string model, string capability, string evaluation) =>
        Scores.FirstOrDefault(s => s.Model == model && s.Capability == capability && s.Evaluation == evaluation);
}
