using Parley.Analysis.Backtest.Deal;
using Parley.Analysis.Backtest.Fitting;

namespace Parley.Analysis.Backtest.Evaluation;

/// <summary>A point forecaster under evaluation: a catalog model's fixed forecasts, or a candidate fitted in every training set.</summary>
public sealed record PointForecaster(string Id, double[]? Fixed, ForecastCandidate? Candidate)
{
    public static PointForecaster Of(string id, double[] forecasts) => new(id, forecasts, null);

    public static PointForecaster Of(ForecastCandidate candidate) => new(candidate.Id, null, candidate);
}

/// <summary>Per-issue scores of one partition (NaN where the issue was not tested), keyed by score, and what each fit chose.</summary>
public sealed record PartitionScores(Partition Partition, IReadOnlyDictionary<string, double[]> Values, IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters);

/// <summary>
/// Out-of-sample scores of point forecasts, status-quo probabilities and forecast distributions over
/// any set of <see cref="Partition"/>s. In each training set: every candidate is fitted, every
/// status-quo forecaster is fitted, and the error atoms of the distributions are the training
/// issues' errors of that set's fit; the test issues are then scored. Score keys:
/// <c>ae|model</c> (absolute error of the point forecast), <c>brier|p</c> and <c>log|p</c> (status-quo
/// probability, issues with a reference point), and per model and distribution kind
/// <c>crps|model|kind</c>, <c>ae-median|…</c>, <c>in50|…</c>, <c>w50|…</c>, <c>in90|…</c>, <c>w90|…</c>.
/// </summary>
public static class OutOfSampleEvaluation
{
    /// <summary>
    /// Distribution kinds: <c>residual</c> = forecast ± each training absolute error (symmetric; the
    /// <c>±residual</c> intervals of the calibration table); <c>empirical</c> = forecast + each signed
    /// training error; <c>deal</c> = status-quo atom with the logistic P(SQ) plus forecast + signed
    /// errors of training issues that did not end at their reference point; <c>deal-scaled</c> = the
    /// same with each error divided by its issue's spread of positions and multiplied by the test
    /// issue's (locally adaptive, "normalised" conformal).
    /// </summary>
    public static readonly string[] Kinds = ["residual", "empirical", "deal", "deal-scaled"];

    /// <summary>Added to the spread of positions (points) before scaling, so unanimous issues still get an interval.</summary>
    public const double SpreadFloor = 5;

    public const string DistributionProbability = "logistic";

    public static PartitionScores[] Run(
        IReadOnlyList<IssueFeatures> issues,
        IReadOnlyList<StatusQuoFeatures> statusQuo,
        IReadOnlyList<PointForecaster> points,
        IReadOnlyList<StatusQuoForecaster> probabilities,
        IReadOnlyList<Partition> partitions,
        CancellationToken cancellationToken = default)
    {
        var results = new PartitionScores[partitions.Count];
        Parallel.For(0, partitions.Count, new ParallelOptions { CancellationToken = cancellationToken },
            p => results[p] = RunOne(issues, statusQuo, points, probabilities, partitions[p]));
        return results;
    }

    private static PartitionScores RunOne(IReadOnlyList<IssueFeatures> issues, IReadOnlyList<StatusQuoFeatures> sq, IReadOnlyList<PointForecaster> points,
        IReadOnlyList<StatusQuoForecaster> probabilities, Partition partition)
    {
        int n = issues.Count;
        var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        double[] Slot(string key)
        {
            if (!values.TryGetValue(key, out var a))
            {
                a = new double[n];
                Array.Fill(a, double.NaN);
                values[key] = a;
            }
            return a;
        }
        void Note(string id, string text)
        {
            if (!parameters.TryGetValue(id, out var list)) parameters[id] = list = [];
            list.Add(text);
        }

        for (int g = 0; g < partition.TestGroups; g++)
        {
            var train = Enumerable.Range(0, n).Where(i => partition.Group[i] != g).ToArray();
            var test = Enumerable.Range(0, n).Where(i => partition.Group[i] == g).ToArray();
            if (test.Length == 0 || train.Length == 0) continue;
            var trainList = train.Select(i => issues[i]).ToList();

            // P(status quo): fitted on the training issues with a reference point.
            var sqTrain = train.Where(i => sq[i].HasStatusQuo).Select(i => new StatusQuoCase(sq[i], issues[i].Issue.ProposalId)).ToList();
            var pDeal = new double[n];
            foreach (var forecaster in probabilities)
            {
                var fitted = forecaster.Fit(sqTrain);
                Note("p:" + forecaster.Id, fitted.Parameters);
                double[] brier = Slot("brier|" + forecaster.Id), log = Slot("log|" + forecaster.Id), prob = Slot("p|" + forecaster.Id);
                foreach (int i in test)
                {
                    if (!sq[i].HasStatusQuo) continue;
                    double p = fitted.Probability(sq[i]);
                    prob[i] = p;
                    brier[i] = Scoring.ProbabilityScores.Brier(p, sq[i].AtStatusQuo);
                    log[i] = Scoring.ProbabilityScores.Log(p, sq[i].AtStatusQuo);
                    if (forecaster.Id == DistributionProbability) pDeal[i] = p;
                }
            }

            foreach (var point in points)
            {
                var forecasts = new double[n];
                if (point.Fixed is { } fixedForecasts) Array.Copy(fixedForecasts, forecasts, n);
                else
                {
                    var fitted = point.Candidate!.Fit(trainList);
                    Note(point.Id, fitted.Parameters);
                    Array.Fill(forecasts, double.NaN);
                    foreach (int i in train) forecasts[i] = fitted.Forecast(issues[i]);
                    foreach (int i in test) forecasts[i] = fitted.Forecast(issues[i]);
                }
                double[] ae = Slot("ae|" + point.Id);
                foreach (int i in test) ae[i] = double.IsFinite(forecasts[i]) ? Math.Abs(forecasts[i] - issues[i].Outcome) : double.NaN;

                var symmetric = new List<double>();
                var signed = new List<double>();
                var deal = new List<double>();
                var dealScaled = new List<double>();
                foreach (int i in train)
                {
                    if (!double.IsFinite(forecasts[i])) continue;
                    double e = issues[i].Outcome - forecasts[i];
                    symmetric.Add(Math.Abs(e));
                    symmetric.Add(-Math.Abs(e));
                    signed.Add(e);
                    if (sq[i].HasStatusQuo && sq[i].AtStatusQuo) continue;
                    deal.Add(e);
                    dealScaled.Add(e / (sq[i].PositionSpread + SpreadFloor));
                }
                if (signed.Count == 0) continue;
                double[] symmetricSorted = [.. symmetric.Order()], signedSorted = [.. signed.Order()], dealSorted = [.. deal.Order()], dealScaledSorted = [.. dealScaled.Order()];
                foreach (int i in test)
                {
                    double center = forecasts[i];
                    if (!double.IsFinite(center)) continue;
                    double statusQuo = issues[i].ReferencePoint;
                    double spread = sq[i].PositionSpread + SpreadFloor;
                    Score(point.Id, "residual", i, PredictiveDistribution.FromSortedErrors(double.NaN, 0, center, symmetricSorted, 1, 0, 100));
                    Score(point.Id, "empirical", i, PredictiveDistribution.FromSortedErrors(double.NaN, 0, center, signedSorted, 1, 0, 100));
                    Score(point.Id, "deal", i, PredictiveDistribution.FromSortedErrors(statusQuo, pDeal[i], center, dealSorted, 1, 0, 100));
                    Score(point.Id, "deal-scaled", i, PredictiveDistribution.FromSortedErrors(statusQuo, pDeal[i], center, dealScaledSorted, spread, 0, 100));
                }
            }
        }
        return new PartitionScores(partition, values, parameters.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));

        void Score(string model, string kind, int i, PredictiveDistribution d)
        {
            string suffix = "|" + model + "|" + kind;
            double y = issues[i].Outcome;
            Slot("crps" + suffix)[i] = d.Crps(y);
            Slot("ae-median" + suffix)[i] = Math.Abs(d.Median - y);
            var i50 = d.Central(0.5);
            var i90 = d.Central(0.9);
            Slot("in50" + suffix)[i] = y >= i50.Low - 1e-9 && y <= i50.High + 1e-9 ? 1 : 0;
            Slot("w50" + suffix)[i] = i50.Width;
            Slot("in90" + suffix)[i] = y >= i90.Low - 1e-9 && y <= i90.High + 1e-9 ? 1 : 0;
            Slot("w90" + suffix)[i] = i90.Width;
        }
    }
}
