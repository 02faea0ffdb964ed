using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Models.Baseline;

/// <summary>
/// The asymmetric Nash bargaining solution on each dimension:
/// x* = argmax over x of Π_i (u_i(x) − u_i(d))^{w_i}, with w_i = capability × salience,
/// quadratic-loss utilities u_i(x) = −(x − x_i)² and d the dimension's status quo. Only outcomes
/// that leave no weighted actor worse off than d are feasible, so an actor sitting at the status
/// quo vetoes any change. Without a status quo, each actor's disagreement value is its utility at
/// the scale end farthest from it (the worst it could get), and the outcome stays on the scale.
/// The objective is strictly concave in x, so the optimum is the unique root of its derivative,
/// found by bisection to the last bit of a double.
/// </summary>
public sealed class NashBargainingModel : DimensionwiseModel
{
    public override string Id => "nbs";

    public override string Name => "Nash bargaining solution";

    public override double Solve(DimensionView d)
    {
        bool hasStatusQuo = !double.IsNaN(d.StatusQuo);
        double lo = d.ScaleMin, hi = d.ScaleMax;
        double totalWeight = 0;
        for (int i = 0; i < d.Count; i++)
        {
            double w = d.Weight(i);
            if (!(w > 0)) continue;
            totalWeight += w;
            double r = Reach(d, i, hasStatusQuo);
            lo = Math.Max(lo, d.Positions[i] - r);
            hi = Math.Min(hi, d.Positions[i] + r);
        }
        if (!(totalWeight > 0)) return double.NaN;
        // Someone sits on the status quo: every move hurts them, so nothing moves.
        if (!(hi > lo)) return hasStatusQuo ? d.StatusQuo : lo;

        while (true)
        {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) return mid;
            double slope = Slope(d, mid, hasStatusQuo);
            if (slope > 0) lo = mid;
            else if (slope < 0) hi = mid;
            else return mid;
        }
    }

    protected override ImmutableArray<string> Explain(DimensionView d) =>
        double.IsNaN(d.StatusQuo)
            ? ["no status quo given: each actor's disagreement value is its utility at the far end of the scale"]
            : [string.Create(CultureInfo.InvariantCulture, $"disagreement point: status quo {d.StatusQuo:0.##}")];

    /// <summary>How far from its position an actor can be moved before it prefers no deal.</summary>
    private static double Reach(DimensionView d, int i, bool hasStatusQuo) =>
        hasStatusQuo
            ? Math.Abs(d.StatusQuo - d.Positions[i])
            : Math.Max(d.Positions[i] - d.ScaleMin, d.ScaleMax - d.Positions[i]);

    /// <summary>Derivative of Σ w_i ln g_i(x), with g_i(x) = r_i² − (x − x_i)² the gain over disagreement.</summary>
    private static double Slope(DimensionView d, double x, bool hasStatusQuo)
    {
        double slope = 0;
        for (int i = 0; i < d.Count; i++)
        {
            double w = d.Weight(i);
            if (!(w > 0)) continue;
            double r = Reach(d, i, hasStatusQuo);
            double offset = x - d.Positions[i];
            double gain = r * r - offset * offset;
            if (gain <= 0)
            {
                // At the edge of what this actor accepts the pull back is unbounded.
                return offset > 0 ? double.NegativeInfinity : double.PositiveInfinity;
            }
            slope -= 2 * w * offset / gain;
        }
        return slope;
    }
}
