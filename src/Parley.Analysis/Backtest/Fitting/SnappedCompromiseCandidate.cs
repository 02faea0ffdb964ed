using System.Globalization;
using Parley.Models.Fitted;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// The family of <see cref="FittedCompromiseModel"/>: grid search over the capability exponent κ,
/// the salience exponent γ, the snap distance and the share bonus, minimising training MAE (ties:
/// the first in grid order, i.e. the simpler setting). Restricting the grids gives the simpler
/// candidates (κ only; snap only).
/// </summary>
public sealed class SnappedCompromiseCandidate(string id, string description, double[] kappas, double[] gammas, double[] snaps, double[] bonuses) : ForecastCandidate
{
    public override string Id => id;

    public override string Description => description;

    public static SnappedCompromiseCandidate Full() => new("fitted",
        "compromise with capability^κ × salience^γ, snapped onto the best stated position within a distance (the --model fitted family)",
        [.. Grid(0, 1, 0.25)], [0.5, 1, 1.5], [.. Grid(0, 0.40, 0.025)], [0, 0.05, 0.1, 0.2]);

    public static SnappedCompromiseCandidate CapabilityOnly() => new("capability-exponent",
        "compromise with capability^κ (κ fitted), no snapping", [.. Grid(0, 1.5, 0.125)], [1], [0], [0]);

    public static SnappedCompromiseCandidate SnapOnly() => new("snap",
        "plain compromise snapped onto the nearest stated position within a fitted distance", [1], [1], [.. Grid(0, 0.40, 0.025)], [0]);

    /// <summary>Weighted mean and distinct positions with their weight shares, per issue and (κ, γ): reused by every fold.</summary>
    private readonly Dictionary<(IssueFeatures, double, double), (double Mean, double[] Values, double[] Shares)> inputs = [];

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        FittedParameters? best = null;
        double bestMae = double.PositiveInfinity;
        foreach (double k in kappas)
        {
            foreach (double g in gammas)
            {
                var prepared = training.Select(t => (t.Outcome, Input: Prepare(t, k, g))).ToArray();
                foreach (double s in snaps)
                {
                    foreach (double b in bonuses)
                    {
                        if (s == 0 && b > 0) continue;
                        double sum = 0;
                        int n = 0;
                        foreach (var (outcome, input) in prepared)
                        {
                            if (double.IsNaN(input.Mean)) continue;
                            sum += Math.Abs(FittedCompromiseModel.SnapOnto(input.Mean, input.Values, input.Shares, 100, s, b) - outcome);
                            n++;
                        }
                        double mae = n > 0 ? sum / n : double.PositiveInfinity;
                        if (mae < bestMae - 1e-9)
                        {
                            bestMae = mae;
                            best = new FittedParameters(1, k, g, s, b);
                        }
                    }
                }
            }
        }
        var chosen = best ?? FittedParameters.Compromise;
        var fitted = new FittedCompromiseModel(chosen);
        return new FittedForecaster(t => fitted.Solve(t.View()), chosen.ToString() + string.Create(CultureInfo.InvariantCulture, $" (training MAE {bestMae:0.000})"), chosen);
    }

    private (double Mean, double[] Values, double[] Shares) Prepare(IssueFeatures t, double kappa, double gamma)
    {
        if (inputs.TryGetValue((t, kappa, gamma), out var cached)) return cached;
        var model = new FittedCompromiseModel(new FittedParameters(1, kappa, gamma, 0, 0));
        var view = t.View();
        double mean = model.WeightedMean(view);
        var weights = new double[t.Positions.Length];
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double c = t.Capabilities[i], sal = t.Saliences[i];
            weights[i] = c > 0 && sal > 0 ? Math.Pow(c, kappa) * Math.Pow(sal, gamma) : 0;
            total += weights[i];
        }
        var values = new List<double>();
        var shares = new List<double>();
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0) continue;
            int at = values.IndexOf(t.Positions[i]);
            if (at < 0)
            {
                at = values.Count;
                values.Add(t.Positions[i]);
                shares.Add(0);
            }
            if (total > 0) shares[at] += weights[i] / total;
        }
        var result = (mean, values.ToArray(), shares.ToArray());
        inputs[(t, kappa, gamma)] = result;
        return result;
    }
}
