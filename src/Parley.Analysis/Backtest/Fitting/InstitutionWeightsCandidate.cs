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

    /// <summary>Forecast per issue and (Commission, Parliament) factor pair, shared by every fold and fold draw.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IssueFeatures, double[]> grid = new(ReferenceEqualityComparer.Instance);

    private double Cached(IssueFeatures t, int com, int ep) => grid.GetOrAdd(t, issue =>
    {
        var all = new double[Factors.Length * Factors.Length];
        for (int a = 0; a < Factors.Length; a++)
        {
            for (int b = 0; b < Factors.Length; b++) all[a * Factors.Length + b] = Forecast(issue, Factors[a], Factors[b]);
        }
        return all;
    })[com * Factors.Length + ep];

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        var chosen = new Dictionary<bool, (int Com, int Ep)>();
        foreach (bool codecision in new[] { true, false })
        {
            var part = training.Where(t => t.Issue.IsCodecision == codecision).ToList();
            (int, int) best = (Array.IndexOf(Factors, 1.0), Array.IndexOf(Factors, 1.0));
            double bestMae = double.PositiveInfinity;
            for (int com = 0; com < Factors.Length; com++)
            {
                for (int ep = 0; ep < Factors.Length; ep++)
                {
                    double mae = Mae(part, t => Cached(t, com, ep));
                    if (mae < bestMae - 1e-9) (bestMae, best) = (mae, (com, ep));
                }
            }
            chosen[codecision] = best;
        }
        return new FittedForecaster(t => Cached(t, chosen[t.Issue.IsCodecision].Com, chosen[t.Issue.IsCodecision].Ep),
            FormattableString.Invariant($"COD: Commission ×{Factors[chosen[true].Com]}, Parliament ×{Factors[chosen[true].Ep]}; CNS: Commission ×{Factors[chosen[false].Com]}, Parliament ×{Factors[chosen[false].Ep]}"));
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
