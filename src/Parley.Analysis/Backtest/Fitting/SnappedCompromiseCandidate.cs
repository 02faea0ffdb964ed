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

    /// <summary>The same family on a coarser grid: one of the choices the nested selection weighs against the fine grid.</summary>
    public static SnappedCompromiseCandidate Coarse() => new("fitted-coarse",
        "the fitted family on a coarse grid (κ 0, 0.5, 1; γ 1; snap 0–30 % in steps of 10; bonus 0 or 0.1)",
        [0, 0.5, 1], [1], [0, 0.1, 0.2, 0.3], [0, 0.1]);

    public static SnappedCompromiseCandidate CapabilityOnly() => new("capability-exponent",
        "compromise with capability^κ (κ fitted), no snapping", [.. Grid(0, 1.5, 0.125)], [1], [0], [0]);

    public static SnappedCompromiseCandidate SnapOnly() => new("snap",
        "plain compromise snapped onto the nearest stated position within a fitted distance", [1], [1], [.. Grid(0, 0.40, 0.025)], [0]);

    private FittedParameters[]? configs;

    /// <summary>Every setting of the grid, in search order (ties go to the first: the simpler setting).</summary>
    private FittedParameters[] Configs => configs ??= [.. Enumerate()];

    private IEnumerable<FittedParameters> Enumerate()
    {
        foreach (double k in kappas)
        {
            foreach (double g in gammas)
            {
                foreach (double s in snaps)
                {
                    foreach (double b in bonuses)
                    {
                        if (s == 0 && b > 0) continue;
                        yield return new FittedParameters(1, k, g, s, b);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The forecast of every grid setting per issue, computed once and shared by every fold and fold
    /// draw (the forecasts do not depend on the training data, only the choice among them does).
    /// Keyed by reference: the same issue object is used throughout a backtest.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IssueFeatures, double[]> grid = new(ReferenceEqualityComparer.Instance);

    private double[] GridForecasts(IssueFeatures t) => grid.GetOrAdd(t, issue =>
    {
        var all = Configs;
        var result = new double[all.Length];
        (double Mean, double[] Values, double[] Shares) input = default;
        double kappa = double.NaN, gamma = double.NaN;
        for (int c = 0; c < all.Length; c++)
        {
            var p = all[c];
            if (p.CapabilityExponent != kappa || p.SalienceExponent != gamma)
            {
                (kappa, gamma) = (p.CapabilityExponent, p.SalienceExponent);
                input = Prepare(issue, kappa, gamma);
            }
            result[c] = double.IsNaN(input.Mean) ? double.NaN : FittedCompromiseModel.SnapOnto(input.Mean, input.Values, input.Shares, 100, p.SnapDistance, p.ShareBonus);
        }
        return result;
    });

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        var all = Configs;
        var rows = training.Select(t => (t.Outcome, Forecasts: GridForecasts(t))).ToArray();
        int best = -1;
        double bestMae = double.PositiveInfinity;
        for (int c = 0; c < all.Length; c++)
        {
            double sum = 0;
            int n = 0;
            foreach (var (outcome, forecasts) in rows)
            {
                double f = forecasts[c];
                if (double.IsNaN(f)) continue;
                sum += Math.Abs(f - outcome);
                n++;
            }
            double mae = n > 0 ? sum / n : double.PositiveInfinity;
            if (mae < bestMae - 1e-9)
            {
                bestMae = mae;
                best = c;
            }
        }
        var chosen = best >= 0 ? all[best] : FittedParameters.Compromise;
        var fitted = new FittedCompromiseModel(chosen);
        return new FittedForecaster(t => best >= 0 ? GridForecasts(t)[best] : fitted.Solve(t.View()),
            chosen.ToString() + string.Create(CultureInfo.InvariantCulture, $" (training MAE {bestMae:0.000})"), chosen);
    }

    private static (double Mean, double[] Values, double[] Shares) Prepare(IssueFeatures t, double kappa, double gamma)
    {
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
        return (mean, values.ToArray(), shares.ToArray());
    }
}
