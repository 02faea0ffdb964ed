using System.Runtime.CompilerServices;
using System.Numerics;

namespace Parley.Models.Spatial;

/// <summary>
/// The Probabilistic Condorcet Election (spec §5.2, KTAB's <c>Model::scalarPCE</c>): voters with
/// weights compare every pair of options, coalitions give pairwise victory probabilities, and a PCE
/// model turns those into the probability that each option wins. Scratch space is reused between
/// calls; one instance per thread.
/// </summary>
internal sealed class CondorcetElection
{
    private double[] coalition = [];
    private double[] victory = [];
    private double[] scratch = [];
    private double[] rowPlus = [];
    private double[] rowMinus = [];

    public CondorcetElection(VotingRule rule, VictoryProbModel victoryModel, PceModel pceModel, int tiledFrom = 256)
    {
        TiledFrom = tiledFrom;
        Rule = rule;
        VictoryModel = victoryModel;
        PceModel = pceModel;
    }

    public VotingRule Rule { get; }

    /// <summary>From this many options several coalition rows share each pass over the utility table.</summary>
    public int TiledFrom { get; }

    public VictoryProbModel VictoryModel { get; }

    public PceModel PceModel { get; }

    /// <summary>
    /// Probabilities of <paramref name="options"/> options given the utility of option m to voter a
    /// at <c>utility[a * options + m]</c> and voter weights; written to <paramref name="p"/>.
    /// <paramref name="rows"/> optionally runs the coalition rows in parallel (same result).
    /// </summary>
    public void Solve(double[] utility, double[] weights, int voters, int options, Span<double> p, Parallelism? rows = null)
    {
        int m = options;
        Ensure(m);
        Coalitions(utility, weights, voters, m, rows);
        VictoryMatrix(m);
        switch (PceModel)
        {
            case PceModel.Conditional:
                Conditional(m, p);
                break;
            case PceModel.MarkovUniform:
                MarkovUniform(m, p);
                break;
            case PceModel.MarkovIncentive:
                MarkovIncentive(m, p);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(PceModel));
        }
    }

    private void Ensure(int m)
    {
        if (coalition.Length < m * m)
        {
            coalition = new double[m * m];
            victory = new double[m * m];
        }
        if (scratch.Length < 2 * m) scratch = new double[2 * m];
    }

    /// <summary><c>Model::coalitions</c>: lower triangle only, voters in order, 1e-8 floor.</summary>
    private void Coalitions(double[] utility, double[] weights, int voters, int m, Parallelism? rows)
    {
        // Large elections let several rows share each pass over the utility table.
        int tile = m >= TiledFrom ? 8 : 1;
        int tiles = (m + tile - 1) / tile;
        if (rows is { } parallel && parallel.Enabled(tiles))
        {
            ParallelCoalitions(utility, weights, voters, m, tile, tiles, parallel);
            return;
        }
        EnsureRows(tile * m);
        for (int t = 0; t < tiles; t++) CoalitionRows(utility, weights, voters, m, t * tile, Math.Min(m, (t + 1) * tile), rowPlus, rowMinus);
    }

    // Kept apart so that the closure is only allocated when rows really run in parallel.
    private void ParallelCoalitions(double[] utility, double[] weights, int voters, int m, int tile, int tiles, Parallelism parallel)
    {
        EnsureRows(tile * m);
        // Rows write disjoint cells and each sum runs over voters in order: identical bits.
        parallel.For(0, tiles, (rowPlus, rowMinus), () => (new double[tile * m], new double[tile * m]),
            (t, scratch) => CoalitionRows(utility, weights, voters, m, t * tile, Math.Min(m, (t + 1) * tile), scratch.Item1, scratch.Item2));
    }

    private void EnsureRows(int size)
    {
        if (rowPlus.Length < size)
        {
            rowPlus = new double[size];
            rowMinus = new double[size];
        }
    }

    /// <summary>
    /// Coalitions of each option a in [first, last) against every b &lt; a. Voters are the outer
    /// loop and the options b the inner, vectorised one, so the utility table is read row by row;
    /// each pair's sums still add the voters in order.
    /// </summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CoalitionRows(double[] utility, double[] weights, int voters, int m, int first, int last, double[] plus, double[] minus)
    {
        var rule = Rule;
        for (int a = first; a < last; a++)
        {
            plus.AsSpan((a - first) * m, a).Fill(KtabFunctions.MinCoalition);
            minus.AsSpan((a - first) * m, a).Fill(KtabFunctions.MinCoalition);
        }
        for (int k = 0; k < voters; k++)
        {
            int row = k * m;
            double w = weights[k];
            for (int a = first; a < last; a++)
            {
                int offset = (a - first) * m;
                double ua = utility[row + a];
                int vectorEnd = Vector.IsHardwareAccelerated ? a - a % Vector<double>.Count : 0;
                int b = 0;
                if (vectorEnd > 0)
                {
                    var vw = new Vector<double>(w);
                    var vua = new Vector<double>(ua);
                    for (; b < vectorEnd; b += Vector<double>.Count)
                    {
                        var v = VectorFunctions.Vote(rule, vw, vua, new Vector<double>(utility, row + b));
                        var cab = new Vector<double>(plus, offset + b);
                        var cba = new Vector<double>(minus, offset + b);
                        VectorFunctions.Accumulate(v, ref cab, ref cba);
                        cab.CopyTo(plus, offset + b);
                        cba.CopyTo(minus, offset + b);
                    }
                }
                for (; b < a; b++)
                {
                    double v = KtabFunctions.Vote(rule, w, ua, utility[row + b]);
                    if (v > 0) plus[offset + b] = plus[offset + b] + v;
                    if (v < 0) minus[offset + b] = minus[offset + b] - v;
                }
            }
        }
        var c = coalition;
        for (int a = first; a < last; a++)
        {
            int offset = (a - first) * m;
            for (int b = 0; b < a; b++)
            {
                c[a * m + b] = plus[offset + b];
                c[b * m + a] = minus[offset + b];
            }
            c[a * m + a] = KtabFunctions.MinCoalition;
        }
    }

    private void VictoryMatrix(int m)
    {
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < a; b++)
            {
                var (pab, pba) = KtabFunctions.VictoryProbability(VictoryModel, coalition[a * m + b], coalition[b * m + a]);
                victory[a * m + b] = pab;
                victory[b * m + a] = pba;
            }
            victory[a * m + a] = 0.5;
        }
    }

    /// <summary><c>condPCE</c>: probability that each option beats all others, renormalised.</summary>
    private void Conditional(int m, Span<double> p)
    {
        for (int a = 0; a < m; a++)
        {
            double q = 1.0;
            for (int b = 0; b < m; b++) q = q * victory[a * m + b];
            p[a] = q;
        }
        Normalise(p[..m]);
    }

    /// <summary><c>markovUniformPCE</c>: challengers drawn uniformly, iterated to a fixed point.</summary>
    private void MarkovUniform(int m, Span<double> p)
    {
        const double tolerance = 1E-6;
        var q = scratch.AsSpan(0, m);
        for (int a = 0; a < m; a++) p[a] = 1.0 / m;
        double change = 1.0;
        int iterations = 0;
        while (tolerance < change)
        {
            change = 0;
            for (int a = 0; a < m; a++)
            {
                double sum = 0.0;
                for (int b = 0; b < m; b++) sum = sum + victory[a * m + b] * (p[a] + p[b]);
                q[a] = sum / m;
                double c = Math.Abs(q[a] - p[a]);
                change = (c > change) ? c : change;
            }
            for (int a = 0; a < m; a++) p[a] = (p[a] + q[a]) / 2.0;
            if (++iterations >= 1000) throw new ModelFailedException("smp", "the Markov-uniform PCE did not converge in 1000 iterations");
        }
    }

    /// <summary><c>markovIncentivePCE</c>: challengers drawn in proportion to their incentive.</summary>
    private void MarkovIncentive(int m, Span<double> p)
    {
        const double tolerance = 1E-8;
        const double selfSupport = 1E-10;
        // incentive(a, b) = C(a, b)·P(a, b), kept in `coalition`; then column-normalised in place.
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < m; b++)
            {
                double incentive = coalition[a * m + b] * victory[a * m + b];
                if (a == b) incentive = incentive + selfSupport;
                coalition[a * m + b] = incentive;
            }
        }
        var columnSum = scratch.AsSpan(0, m);
        for (int b = 0; b < m; b++)
        {
            double sum = 0.0;
            for (int k = 0; k < m; k++) sum = sum + coalition[k * m + b];
            columnSum[b] = sum;
        }
        // challenge(a, b) = incentive(a, b) / Σ_k incentive(k, b)
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < m; b++) coalition[a * m + b] = coalition[a * m + b] / columnSum[b];
        }

        var q = scratch.AsSpan(m, m);
        for (int a = 0; a < m; a++) p[a] = 1.0 / m;
        double change = 1.0;
        int iterations = 0;
        while (tolerance < change)
        {
            change = 0.0;
            for (int a = 0; a < m; a++)
            {
                double qa = 0.0;
                for (int b = 0; b < m; b++)
                {
                    // ct(a, b) = p_a·challenge(b, a); ct(b, a) = p_b·challenge(a, b)
                    double cj = p[a] * coalition[b * m + a] + p[b] * coalition[a * m + b];
                    qa = qa + victory[a * m + b] * cj;
                }
                q[a] = qa;
                double c = Math.Abs(q[a] - p[a]);
                change = (c > change) ? c : change;
            }
            for (int a = 0; a < m; a++) p[a] = (p[a] + q[a]) / 2.0;
            if (++iterations >= 1000) throw new ModelFailedException("smp", "the Markov-incentive PCE did not converge in 1000 iterations");
        }
    }

    private static void Normalise(Span<double> p)
    {
        double total = 0;
        foreach (double x in p) total = total + x;
        for (int a = 0; a < p.Length; a++) p[a] = p[a] / total;
    }

    /// <summary>KTAB's deterministic choice: the first option with the largest probability.</summary>
    public static int MostLikely(ReadOnlySpan<double> p)
    {
        int best = 0;
        double bestValue = Math.Abs(p[0]);
        for (int i = 1; i < p.Length; i++)
        {
            if (Math.Abs(p[i]) > bestValue)
            {
                best = i;
                bestValue = Math.Abs(p[i]);
            }
        }
        return best;
    }
}
