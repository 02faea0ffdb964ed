using Parley.Analysis.Power;
using Parley.Models.Baseline;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// Procedure-aware weights: the Commission's and the Parliament's capability multiplied by
/// factors fitted separately for co-decision and consultation (the Parliament is a co-legislator
/// in one and consulted in the other).
/// </summary>
public sealed class InstitutionWeightsCandidate : ForecastCandidate
{
    private static readonly double[] Factors = [0, 0.25, 0.5, 1, 2, 4];

    public override string Id => "procedure-weights";

    public override string Description => "compromise with the Commission's and Parliament's weights scaled by factors fitted per procedure (COD/CNS)";

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        var chosen = new Dictionary<bool, (double Com, double Ep)>();
        foreach (bool codecision in new[] { true, false })
        {
            var part = training.Where(t => t.Issue.IsCodecision == codecision).ToList();
            (double, double) best = (1, 1);
            double bestMae = double.PositiveInfinity;
            foreach (double com in Factors)
            {
                foreach (double ep in Factors)
                {
                    double mae = Mae(part, t => Forecast(t, com, ep));
                    if (mae < bestMae - 1e-9) (bestMae, best) = (mae, (com, ep));
                }
            }
            chosen[codecision] = best;
        }
        return new FittedForecaster(t => Forecast(t, chosen[t.Issue.IsCodecision].Com, chosen[t.Issue.IsCodecision].Ep),
            FormattableString.Invariant($"COD: Commission ×{chosen[true].Com}, Parliament ×{chosen[true].Ep}; CNS: Commission ×{chosen[false].Com}, Parliament ×{chosen[false].Ep}"));
    }

    private static double Forecast(IssueFeatures t, double com, double ep)
    {
        var caps = new double[t.Actors.Length];
        for (int i = 0; i < caps.Length; i++)
        {
            caps[i] = t.Capabilities[i] * (t.Actors[i] switch
            {
                LegislativeGamePower.Commission => com,
                LegislativeGamePower.Parliament => ep,
                _ => 1,
            });
        }
        return WeightedStatistics.Mean(t.Positions.AsSpan(), t.Saliences.AsSpan(), caps);
    }
}
