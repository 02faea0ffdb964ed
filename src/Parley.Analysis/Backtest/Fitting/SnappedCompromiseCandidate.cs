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

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        FittedParameters? best = null;
        double bestMae = double.PositiveInfinity;
        var caps = training.ToDictionary(t => t, t => t.Capabilities.ToArray());
        foreach (double k in kappas)
        {
            foreach (double g in gammas)
            {
                foreach (double s in snaps)
                {
                    foreach (double b in bonuses)
                    {
                        if (s == 0 && b > 0) continue;
                        var p = new FittedParameters(1, k, g, s, b);
                        var model = new FittedCompromiseModel(p);
                        double mae = Mae(training, t => model.Solve(t.View(caps[t])));
                        if (mae < bestMae - 1e-9)
                        {
                            bestMae = mae;
                            best = p;
                        }
                    }
                }
            }
        }
        var chosen = best ?? FittedParameters.Compromise;
        var fitted = new FittedCompromiseModel(chosen);
        return new FittedForecaster(t => fitted.Solve(t.View()), chosen.ToString() + string.Create(CultureInfo.InvariantCulture, $" (training MAE {bestMae:0.000})"), chosen);
    }
}
