using System.Globalization;
using Parley.Analysis.Backtest.Scoring;

namespace Parley.Analysis.Backtest.Deal;

/// <summary>One training or test issue as the status-quo forecasters see it.</summary>
public sealed record StatusQuoCase(StatusQuoFeatures Features, string ProposalId);

/// <summary>A status-quo probability forecaster after fitting: P(outcome = status quo) per issue, and what it chose.</summary>
public sealed record FittedStatusQuo(Func<StatusQuoFeatures, double> Probability, string Parameters);

/// <summary>
/// Forecasts P(the status quo holds) for an issue with a reference point, fitted on training issues
/// only (issues with a reference point; the event is "outcome exactly at the reference point").
/// </summary>
public abstract class StatusQuoForecaster
{
    public abstract string Id { get; }

    public abstract string Description { get; }

    public abstract FittedStatusQuo Fit(IReadOnlyList<StatusQuoCase> training);

    /// <summary>The reference forecast of the skill scores: the training share of status-quo outcomes, the same for every issue.</summary>
    public static readonly StatusQuoForecaster BaseRate = new BaseRateForecaster();

    public static readonly StatusQuoForecaster Gridlock = new GridlockForecaster();

    public static StatusQuoForecaster Logistic(int seed) => new LogisticForecaster(seed);

    private sealed class BaseRateForecaster : StatusQuoForecaster
    {
        public override string Id => "base-rate";

        public override string Description => "the share of training issues that ended at the reference point";

        public override FittedStatusQuo Fit(IReadOnlyList<StatusQuoCase> training)
        {
            double p = training.Count > 0 ? training.Count(c => c.Features.AtStatusQuo) / (double)training.Count : 0.5;
            return new FittedStatusQuo(_ => p, string.Create(CultureInfo.InvariantCulture, $"p = {p:0.000}"));
        }
    }

    /// <summary>The win-set rule alone: one share for issues whose reference point lies in the gridlock interval, one for the rest.</summary>
    private sealed class GridlockForecaster : StatusQuoForecaster
    {
        public override string Id => "gridlock";

        public override string Description => "the training share of status-quo outcomes among issues with the same answer to 'is the reference point in the gridlock interval?' (Jeffreys-smoothed)";

        public override FittedStatusQuo Fit(IReadOnlyList<StatusQuoCase> training)
        {
            double Share(bool inside)
            {
                var cell = training.Where(c => c.Features.InsideGridlock == inside).ToList();
                return (cell.Count(c => c.Features.AtStatusQuo) + 0.5) / (cell.Count + 1);
            }
            double pin = Share(true), pout = Share(false);
            return new FittedStatusQuo(f => f.InsideGridlock ? pin : pout, string.Create(CultureInfo.InvariantCulture, $"inside {pin:0.000}, outside {pout:0.000}"));
        }
    }

    /// <summary>Ridge logistic regression on <see cref="StatusQuoFeatures.Vector"/>; the ridge penalty chosen by inner 5-fold CV (log score) on the training issues.</summary>
    private sealed class LogisticForecaster(int seed) : StatusQuoForecaster
    {
        private static readonly double[] Penalties = [0.1, 1, 10, 100];

        public override string Id => "logistic";

        public override string Description => "ridge logistic regression on " + string.Join(", ", StatusQuoFeatures.Names) + "; penalty chosen by inner 5-fold CV by proposal";

        public override FittedStatusQuo Fit(IReadOnlyList<StatusQuoCase> training)
        {
            var proposals = training.Select(c => c.ProposalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            new Random(seed).Shuffle(proposals);
            const int folds = 5;
            var foldOf = proposals.Select((p, n) => (p, n % folds)).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
            double bestLambda = Penalties[0], bestScore = double.PositiveInfinity;
            foreach (double lambda in Penalties)
            {
                double score = 0;
                for (int f = 0; f < folds; f++)
                {
                    var inner = training.Where(c => foldOf[c.ProposalId] != f).ToList();
                    if (inner.Count == 0) continue;
                    var model = Train(inner, lambda);
                    foreach (var c in training.Where(c => foldOf[c.ProposalId] == f)) score += ProbabilityScores.Log(model.Predict(c.Features.Vector()), c.Features.AtStatusQuo);
                }
                if (score < bestScore - 1e-9) (bestScore, bestLambda) = (score, lambda);
            }
            var fitted = Train(training, bestLambda);
            return new FittedStatusQuo(f => fitted.Predict(f.Vector()),
                string.Create(CultureInfo.InvariantCulture, $"λ = {bestLambda}; coefficients {string.Join(", ", fitted.Coefficients.Select(b => b.ToString("0.###", CultureInfo.InvariantCulture)))}"));
        }

        private static LogisticRegression Train(IReadOnlyList<StatusQuoCase> cases, double lambda) =>
            LogisticRegression.Fit([.. cases.Select(c => c.Features.Vector())], [.. cases.Select(c => c.Features.AtStatusQuo)], lambda);
    }
}
