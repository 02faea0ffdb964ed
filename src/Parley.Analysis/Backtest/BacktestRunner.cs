using System.Collections.Immutable;
using System.Diagnostics;
using Parley.Analysis.Backtest.Calibration;
using Parley.Analysis.Backtest.Deal;
using Parley.Analysis.Backtest.Deu;
using Parley.Analysis.Backtest.Evaluation;
using Parley.Analysis.Backtest.Fitting;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Fitted;

namespace Parley.Analysis.Backtest;

/// <summary>
/// The DEU backtest: every model of the catalog under every capability scheme on the scored
/// issues, the candidate forecasters out of sample (k-fold by proposal and a time split), paired
/// differences against the compromise model with GDP capability, breakdowns by procedure, voting
/// rule and wave, and the calibration of interval forecasts. Deterministic for a given seed.
/// </summary>
public static class BacktestRunner
{
    /// <summary>
    /// Models whose parameters were fitted on DEU, directly or through a member (the catalog's
    /// ensemble averages in the fitted model): their scores are not out-of-sample, and candidates
    /// must not stack on them.
    /// </summary>
    public static ImmutableHashSet<string> TrainedOnDeu => TrainedOn(ModelCatalog.Builtin);

    /// <summary>The models of <paramref name="catalog"/> whose descriptors say they were fitted on DEU.</summary>
    public static ImmutableHashSet<string> TrainedOn(ModelCatalog catalog) => [.. catalog.Models.Where(m => m.FittedOnDeu).Select(m => m.Id)];

    public static readonly double[] IntervalLevels = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static BacktestResult Run(DeuDataset data, BacktestOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var issues = data.Scored;
        var outcomes = issues.Select(i => i.Outcome!.Value).ToArray();
        var bootstrap = new ProposalBootstrap([.. issues.Select(i => i.ProposalId)], options.Resamples, options.Seed);
        var specs = options.Models ?? [.. ModelCatalog.All.Where(e => !e.RunsOnlyWhenNamed).Select(e => ModelSpec.Of(e.Id))];
        var capabilities = options.Capabilities;
        var rows = new List<ScoreRow>();
        var failures = new List<ModelFailure>();

        // Scenarios per capability scheme (GDP always: the candidates build on it).
        var schemes = capabilities.Contains(CapabilityScheme.Gdp) ? capabilities : [.. capabilities, CapabilityScheme.Gdp];
        var compiled = new Dictionary<string, CompiledScenario?[]>();
        foreach (var scheme in schemes)
        {
            progress?.Report($"building scenarios ({scheme.Id})");
            compiled[scheme.Id] = [.. issues.Select(issue =>
            {
                var built = DeuScenarioBuilder.Build(issue, scheme.For(issue, data));
                return built.Success ? CompiledScenario.Compile(built.Value) : null;
            })];
        }

        var gdpForecasts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var entry = ModelCatalog.Find(spec.Id);
            var created = entry?.Create(spec.Settings);
            if (created is null || !created.Success)
            {
                string why = created is null ? $"no model '{spec.Id}' in the catalog" : string.Join("; ", created.Problems.Select(p => p.Message));
                foreach (var scheme in capabilities) failures.Add(new ModelFailure(spec.Label, scheme.Id, issues.Length, 0, 0, why));
                continue;
            }
            foreach (var scheme in schemes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"running {spec.Label} ({scheme.Id})");
                var run = ModelRunner.Run(created.Value, compiled[scheme.Id], options.IssueTimeout, options.ModelBudget, cancellationToken);
                if (scheme == CapabilityScheme.Gdp) gdpForecasts[spec.Label] = run.Forecasts;
                if (!capabilities.Contains(scheme)) continue;
                if (run.Failed + run.TimedOut + run.Skipped > 0) failures.Add(new ModelFailure(spec.Label, scheme.Id, run.Failed, run.TimedOut, run.Skipped, run.FirstMessage));
                rows.Add(Row(spec.Label, scheme.Id, "in-sample", run.Forecasts, outcomes, bootstrap));
                if (!TrainedOnDeu.Contains(spec.Id))
                {
                    rows.Add(Row(spec.Label, scheme.Id, "time-split", Mask(run.Forecasts, issues, i => i.Introduced >= options.TimeSplit), outcomes, bootstrap));
                }
            }
        }

        var candidates = new List<CandidateReport>();
        var coverage = new List<Coverage>();
        FittedParameters? fitted = null;
        var sensitivity = new List<SensitivityPoint>();
        OutOfSampleReport? outOfSample = null;
        if (options.Candidates)
        {
            progress?.Report("fitting candidates");
            var features = Features(issues, data, outcomes, gdpForecasts);
            var baseModels = gdpForecasts.Keys.Where(k => !TrainedOnDeu.Contains(k)).ToList();
            ForecastCandidate[] pool =
            [
                SnappedCompromiseCandidate.Full(), SnappedCompromiseCandidate.CapabilityOnly(), SnappedCompromiseCandidate.SnapOnly(),
                new ReferencePointCandidate(), new InstitutionWeightsCandidate(), new StackingCandidate(baseModels), new EnsembleCandidate(baseModels),
            ];
            if (!gdpForecasts.ContainsKey(BuiltinModels.Compromise.Id)) pool = [.. pool.Where(c => c is SnappedCompromiseCandidate)];
            foreach (var candidate in pool)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"cross-validating {candidate.Id}");
                var (cv, cvParameters) = OutOfSample.CrossValidate(candidate, features, options.Folds, options.Seed);
                var (split, splitParameters) = OutOfSample.TimeSplit(candidate, features, options.TimeSplit);
                var all = candidate.Fit(features);
                rows.Add(Row(candidate.Id, "gdp", "cv", cv, outcomes, bootstrap));
                rows.Add(Row(candidate.Id, "gdp", "time-split", split, outcomes, bootstrap));
                candidates.Add(new CandidateReport(candidate.Id, candidate.Description, [.. cvParameters], splitParameters, all.Parameters));
                if (candidate.Id == BuiltinModels.Fitted.Id && all.State is FittedParameters p) fitted = p;
            }
            coverage.AddRange(ResidualCoverage(features, compiled["gdp"], outcomes, options));
            if (fitted is not null) sensitivity.AddRange(Sensitivity(fitted, features));
            if (options.Draws > 0 && gdpForecasts.ContainsKey(BuiltinModels.Compromise.Id))
            {
                progress?.Report($"repeated cross-validation ({options.Draws} fold draws) and time splits");
                outOfSample = Evaluate(issues, data, features, gdpForecasts, baseModels, pool, bootstrap, options, cancellationToken);
            }
        }
        foreach (var forecaster in options.IntervalForecasters)
        {
            foreach (double level in IntervalLevels)
            {
                var intervals = compiled["gdp"].Select(s => s is null ? null : forecaster.Interval(s, 0, level)).ToList();
                coverage.Add(Coverage.Of(forecaster.Id, "in-sample", level, intervals, outcomes));
            }
        }

        var reference = rows.FirstOrDefault(r => r.Model == BuiltinModels.Compromise.Id && r.Capability == "gdp" && r.Evaluation == "in-sample");
        var paired = reference is null ? [] : rows.Where(r => !(r.Model == reference.Model && r.Capability == reference.Capability)).Select(r => Pair(r, reference, outcomes, bootstrap)).ToList();
        var breakdowns = rows.SelectMany(r => Breakdown(r, issues, data, outcomes)).ToList();
        return new BacktestResult(data, issues, [.. rows], [.. paired], [.. breakdowns], [.. candidates], [.. failures], [.. coverage], fitted, [.. sensitivity], options, clock.Elapsed, outOfSample);
    }

    /// <summary>
    /// Repeated cross-validation, time and wave splits of every point forecaster, the status-quo
    /// probabilities and the forecast distributions; the nested selection chooses among the
    /// candidates (and a coarser grid of the fitted family, and the plain compromise) inside each
    /// training set.
    /// </summary>
    private static OutOfSampleReport Evaluate(ImmutableArray<DeuIssue> issues, DeuDataset data, ImmutableArray<IssueFeatures> features, Dictionary<string, double[]> gdpForecasts,
        List<string> baseModels, ForecastCandidate[] pool, ProposalBootstrap bootstrap, BacktestOptions options, CancellationToken cancellationToken)
    {
        var statusQuo = issues.Select((issue, i) => StatusQuoFeatures.Of(issue, data, features[i].Outcome)).ToArray();
        ForecastCandidate[] selectionPool = [new FixedCandidate(BuiltinModels.Compromise.Id), .. pool, SnappedCompromiseCandidate.Coarse()];
        var selected = new NestedSelectionCandidate(selectionPool, 5, options.Seed);
        var points = new List<PointForecaster>();
        foreach (var id in baseModels) points.Add(PointForecaster.Of(id, gdpForecasts[id]));
        foreach (var candidate in pool) points.Add(PointForecaster.Of(candidate));
        points.Add(PointForecaster.Of(selected));
        StatusQuoForecaster[] probabilities = [StatusQuoForecaster.BaseRate, StatusQuoForecaster.Gridlock, StatusQuoForecaster.Logistic(options.Seed)];
        var proposals = issues.Select(i => i.ProposalId).ToArray();
        var partitions = new List<Partition>(Partition.RepeatedFolds(proposals, options.Folds, options.Draws, options.Seed));
        foreach (var cut in options.TimeSplits) partitions.Add(Partition.TimeSplit(issues, cut));
        partitions.Add(Partition.WaveSplit(issues, data, new HashSet<string>(["I"])));
        partitions.Add(Partition.WaveSplit(issues, data, new HashSet<string>(["I", "II"])));
        var scores = OutOfSampleEvaluation.Run(features, statusQuo, points, probabilities, partitions, cancellationToken);
        return OutOfSampleReport.Build(scores, statusQuo, issues, [.. points.Select(p => p.Id)], [.. probabilities.Select(p => p.Id)], options.Draws, options.Folds, bootstrap);
    }

    private static ImmutableArray<IssueFeatures> Features(ImmutableArray<DeuIssue> issues, DeuDataset data, double[] outcomes, Dictionary<string, double[]> forecasts) =>
        [.. issues.Select((issue, i) => new IssueFeatures(issue, outcomes[i],
            [.. issue.Positions.Select(p => p.Actor)],
            [.. issue.Positions.Select(p => p.Position)],
            [.. issue.Positions.Select(p => (p.Salience ?? DeuScenarioBuilder.DefaultSalience) / 100)],
            [.. issue.Positions.Select(p => data.Gdp.TryGetValue(p.Actor, out double g) ? g : 0)],
            forecasts.ToImmutableDictionary(kv => kv.Key, kv => kv.Value[i], StringComparer.Ordinal)))];

    /// <summary>Coverage of forecast ± training-error quantile, for the compromise and the fitted model, in cross-validation.</summary>
    private static IEnumerable<Coverage> ResidualCoverage(ImmutableArray<IssueFeatures> features, CompiledScenario?[] scenarios, double[] outcomes, BacktestOptions options)
    {
        var fold = OutOfSample.Folds(features, options.Folds, options.Seed);
        var candidate = SnappedCompromiseCandidate.Full();
        foreach (var (name, refit) in new[] { (BuiltinModels.Compromise.Id, false), (BuiltinModels.Fitted.Id, true) })
        {
            var intervals = new Dictionary<double, Interval?[]>();
            foreach (double level in IntervalLevels) intervals[level] = new Interval?[features.Length];
            for (int f = 0; f < options.Folds; f++)
            {
                var training = features.Where((_, i) => fold[i] != f).ToList();
                IBargainingModel model = !refit
                    ? new FittedCompromiseModel(FittedParameters.Compromise)
                    : new FittedCompromiseModel((FittedParameters)candidate.Fit(training).State!);
                var errors = training.Select(t => Math.Abs(((DimensionwiseModel)model).Solve(t.View()) - t.Outcome)).ToList();
                var forecaster = new ResidualIntervals(model, errors);
                for (int i = 0; i < features.Length; i++)
                {
                    if (fold[i] != f || scenarios[i] is not { } scenario) continue;
                    foreach (double level in IntervalLevels) intervals[level][i] = forecaster.Interval(scenario, 0, level);
                }
            }
            foreach (double level in IntervalLevels) yield return Coverage.Of(name + "±residual", "cv", level, intervals[level], outcomes);
        }
    }

    /// <summary>How steep the fitted optimum is: each parameter moved on its own, the others held.</summary>
    private static IEnumerable<SensitivityPoint> Sensitivity(FittedParameters p, ImmutableArray<IssueFeatures> features)
    {
        double Mae(FittedParameters q)
        {
            var model = new FittedCompromiseModel(q);
            return features.Average(t => Math.Abs(model.Solve(t.View()) - t.Outcome));
        }
        foreach (double snap in new[] { 0, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35 }) yield return new("snap_distance", snap, Mae(p with { SnapDistance = snap }));
        foreach (double kappa in new[] { 0.25, 0.5, 0.75, 1 }) yield return new("capability_exponent", kappa, Mae(p with { CapabilityExponent = kappa }));
        foreach (double bonus in new[] { 0, 0.05, 0.1, 0.2 }) yield return new("share_bonus", bonus, Mae(p with { ShareBonus = bonus }));
    }

    private static double[] Mask(double[] forecasts, ImmutableArray<DeuIssue> issues, Func<DeuIssue, bool> keep) =>
        [.. forecasts.Select((f, i) => keep(issues[i]) ? f : double.NaN)];

    private static ScoreRow Row(string model, string capability, string evaluation, double[] forecasts, double[] outcomes, ProposalBootstrap bootstrap)
    {
        var errors = forecasts.Select((f, i) => double.IsFinite(f) ? Math.Abs(f - outcomes[i]) : double.NaN).ToArray();
        var scores = ErrorScores.Of(forecasts, outcomes);
        int expected = evaluation == "time-split" ? forecasts.Length - forecasts.Count(double.IsNaN) : forecasts.Length;
        return new ScoreRow(model, capability, evaluation, scores, bootstrap.MeanInterval(errors), Math.Max(0, expected - scores.Issues), [.. forecasts]);
    }

    private static PairedRow Pair(ScoreRow row, ScoreRow reference, double[] outcomes, ProposalBootstrap bootstrap)
    {
        var a = row.Forecasts.Select((f, i) => double.IsFinite(f) ? Math.Abs(f - outcomes[i]) : double.NaN).ToArray();
        var b = reference.Forecasts.Select((f, i) => double.IsFinite(f) ? Math.Abs(f - outcomes[i]) : double.NaN).ToArray();
        var both = a.Select((x, i) => double.IsNaN(x) || double.IsNaN(b[i]) ? double.NaN : x - b[i]).Where(double.IsFinite).ToArray();
        return new PairedRow(row.Model, row.Capability, row.Evaluation, BacktestResult.Reference, both.Length,
            both.Length > 0 ? both.Average() : double.NaN, bootstrap.DifferenceInterval(a, b));
    }

    private static IEnumerable<BreakdownRow> Breakdown(ScoreRow row, ImmutableArray<DeuIssue> issues, DeuDataset data, double[] outcomes)
    {
        var groupings = new (string By, Func<DeuIssue, string> Key)[]
        {
            ("procedure", i => i.Procedure),
            ("voting_rule", i => i.VotingRule),
            ("wave", data.Wave),
        };
        foreach (var (by, key) in groupings)
        {
            foreach (var group in Enumerable.Range(0, issues.Length).GroupBy(i => key(issues[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var idx = group.ToArray();
                var scores = ErrorScores.Of(idx.Select(i => row.Forecasts[i]).ToArray(), idx.Select(i => outcomes[i]).ToArray());
                if (scores.Issues > 0) yield return new BreakdownRow(row.Model, row.Capability, row.Evaluation, by, group.Key, scores);
            }
        }
    }

    /// <summary>Reads the folder, or returns its problems.</summary>
    public static ParseResult<DeuDataset> Load(string directory) => DeuReader.Read(directory);
}
