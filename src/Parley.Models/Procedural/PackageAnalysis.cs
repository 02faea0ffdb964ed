using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Models.Procedural;

/// <summary>
/// The win-set of the status quo q across all dimensions jointly ("package deals"), computed
/// numerically. With utilities u_i(x) = −Σ_k s_ik (x_k − p_ik)², the set of points veto player i
/// prefers to q is an open ellipsoid with q on its boundary, whose inward normal at q is the
/// gradient g_i = (s_ik (p_ik − q_k))_k. The ellipsoids of all veto players share a point exactly
/// when some direction d has g_i · d &gt; 0 for every i, which by Gordan's theorem fails exactly
/// when 0 lies in the convex hull of the gradients. Parley finds the hull's point nearest 0 with
/// Gilbert's algorithm; if it is not 0, that point is itself a direction every veto player gains from.
/// Only for scenarios where every dimension with a status quo is decided by unanimity of the same
/// members with the status quo as fallback (other mixes of rules are not analysed jointly);
/// scale ends are not treated as constraints on the direction.
/// </summary>
public static class PackageAnalysis
{
    private const int Iterations = 10_000;

    /// <summary>The package win-set, or null when the scenario's rules do not allow a joint analysis.</summary>
    public static PackageWinSet? Analyse(CompiledScenario scenario)
    {
        var source = scenario.Source;
        int m = scenario.DimensionCount, n = scenario.ActorCount;
        var dims = Enumerable.Range(0, m).Where(k => !double.IsNaN(scenario.StatusQuo[k])).ToList();
        if (dims.Count < 2) return null;
        HashSet<string>? vetoes = null;
        foreach (int k in dims)
        {
            var rule = source.RuleFor(k);
            if (rule.Kind != DecisionRuleKind.Unanimity || !rule.StatusQuoIsFallback) return null;
            var these = rule.DeclaredVetoPlayers(source).ToHashSet(StringComparer.Ordinal);
            if (vetoes is null) vetoes = these;
            else if (!vetoes.SetEquals(these)) return null;
        }
        var players = Enumerable.Range(0, n).Where(i => vetoes!.Contains(source.Actors[i].Id)).ToList();
        // Scale each dimension to its width so that no scale dominates the geometry.
        var gradients = new List<double[]>();
        foreach (int i in players)
        {
            var g = new double[dims.Count];
            bool cares = false;
            for (int j = 0; j < dims.Count; j++)
            {
                int k = dims[j];
                double width = scenario.ScaleMax[k] - scenario.ScaleMin[k];
                double s = scenario.Salience[k * n + i];
                g[j] = s * (scenario.Position[k * n + i] - scenario.StatusQuo[k]) / width;
                if (s > 0) cares = true;
            }
            // An actor indifferent on every dimension never blocks.
            if (cares) gradients.Add(g);
        }
        var ids = players.Select(i => source.Actors[i].Id).ToImmutableArray();
        var direction = new double[m];
        if (gradients.Count == 0) return new PackageWinSet(false, [.. direction], ids);
        var v = NearestToOrigin(gradients);
        bool improving = gradients.All(g => Dot(g, v) > 1e-12);
        if (improving)
        {
            double norm = Math.Sqrt(Dot(v, v));
            for (int j = 0; j < dims.Count; j++) direction[dims[j]] = v[j] / norm;
        }
        return new PackageWinSet(!improving, [.. direction], ids);
    }

    /// <summary>Gilbert's algorithm: the point of the convex hull of <paramref name="points"/> nearest the origin.</summary>
    internal static double[] NearestToOrigin(IReadOnlyList<double[]> points)
    {
        var v = (double[])points[0].Clone();
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            // The hull's extreme point in direction −v.
            double[] w = points[0];
            double best = Dot(w, v);
            foreach (var p in points)
            {
                double d = Dot(p, v);
                if (d < best) { best = d; w = p; }
            }
            double vv = Dot(v, v);
            // Optimality: no point of the hull lies further toward the origin than v's own level.
            if (vv - best <= 1e-14 * Math.Max(1, vv) || vv < 1e-24) break;
            // Move to the point of segment [v, w] nearest the origin.
            double denominator = vv - 2 * Dot(v, w) + Dot(w, w);
            double t = denominator > 0 ? Math.Clamp((vv - Dot(v, w)) / denominator, 0, 1) : 0;
            for (int j = 0; j < v.Length; j++) v[j] += t * (w[j] - v[j]);
        }
        return v;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++) sum += a[j] * b[j];
        return sum;
    }
}
