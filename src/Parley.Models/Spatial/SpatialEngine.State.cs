using System.Runtime.CompilerServices;
namespace Parley.Models.Spatial;

/// <summary>Per-state quantities (spec §5.3, <c>SMPState::setAllAUtil</c>) and the reported winning probabilities (§5.8).</summary>
internal sealed partial class SpatialEngine
{
    private const double PositionTolerance = 1e-3;
    private const double UtilityCheckTolerance = 1e-6;

    // distance[i * n + j]: from i's ideal to j's position, with i's saliences.
    private double[] distance = [];
    // neutral[k * n + a]: risk-neutral utility to voter k of actor a's position.
    private double[] neutral = [];
    // own[a * n + j]: U^a(a, j), actor a's utility of j's position under its own estimate.
    private double[] own = [];
    // ownT[j * n + a] = own[a * n + j], so that sums over j run along voters in vector lanes.
    private double[] ownT = [];
    private double[] positionProbability = [];
    private double[] risk = [];
    private CondorcetElection stateElection = null!;
    private Action<int> distanceRow = null!;
    private Action<int> ownRow = null!;

    private int[] uniqueClass = [];
    private int[] uniqueHolder = [];
    private double[] uniqueProbability = [];
    private double[] uniqueUtility = [];
    private int uniqueCount;

    private void AllocateState()
    {
        distance = new double[n * n];
        neutral = new double[n * n];
        own = new double[n * n];
        ownT = new double[n * n];
        positionProbability = new double[n];
        risk = new double[n];
        uniqueClass = new int[n];
        uniqueHolder = new int[n];
        uniqueProbability = new double[n];
        uniqueUtility = new double[n * n];
        stateElection = new CondorcetElection(options.VotingRule, options.VictoryProbModel, options.PceModel, options.TiledFrom);
        distanceRow = DistanceRow;
        ownRow = OwnRow;
    }

    /// <summary>Distances, the election over positions, risk attitudes and the actors' own utilities.</summary>
    private void AnalyzeState()
    {
        parallel.For(0, n, distanceRow);

        // Every actor's position is an option (duplicates are not merged); votes weigh capability only.
        stateElection.Solve(neutral, capability, n, n, positionProbability, parallel);
        bool spread = KtabFunctions.RiskAttitudes(options.BigRRange, positionProbability, risk);
        if (!spread)
        {
            if (options.IsKtab)
            {
                throw new ModelFailedException("smp", "KTAB stops here: every position is equally likely to win, and KTAB's risk attitudes divide by the spread of those probabilities (zero); this happens when all actors hold one position (use preset parley, which treats everyone as risk-neutral)");
            }
            Array.Clear(risk);
        }
        if (options.IsKtab) KtabUtilityChecks();

        parallel.For(0, n, ownRow);
    }

    /// <summary>Distances from i's ideal to every position, and the risk-neutral utilities.</summary>
    // Hot loop: compiled fully optimised at once, so that a single run is not spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DistanceRow(int i)
    {
        var from = ideal.AsSpan(i * dims, dims);
        var weights = salience.AsSpan(i * dims, dims);
        double squares = salienceSquares[i];
        for (int j = 0; j < n; j++)
        {
            double d = KtabFunctions.Distance(from, position.AsSpan(j * dims, dims), weights, squares);
            distance[i * n + j] = d;
            neutral[i * n + j] = KtabFunctions.Utility(d, 0);
        }
    }

    /// <summary>U^a(a, j) for every j, with a's estimate of its own risk attitude.</summary>
    private void OwnRow(int a)
    {
        double r = KtabFunctions.EstimatedRisk(options.BigRAdjust, risk[a], risk[a]);
        for (int j = 0; j < n; j++)
        {
            double u = KtabFunctions.Utility(distance[a * n + j], r);
            own[a * n + j] = u;
            ownT[j * n + a] = u;
        }
    }

    /// <summary>
    /// KTAB's sanity checks: risk-aware utilities must differ from risk-neutral ones, and each
    /// actor's estimate must differ from the true risk-aware utilities, by more than 1e-6 (Frobenius
    /// norm). The second is always violated with BigRAdjust=Full.
    /// </summary>
    private void KtabUtilityChecks()
    {
        const double limit = UtilityCheckTolerance * UtilityCheckTolerance;
        double sum = 0;
        for (int i = 0; i < n && sum <= limit; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double d = neutral[i * n + j] - KtabFunctions.Utility(distance[i * n + j], risk[i]);
                sum += d * d;
            }
        }
        if (!(sum > limit))
        {
            throw new ModelFailedException("smp", "KTAB stops here: its risk-aware utilities are within 1e-6 of the risk-neutral ones, which its sanity check rejects");
        }
        for (int h = 0; h < n; h++)
        {
            sum = 0;
            for (int i = 0; i < n && sum <= limit; i++)
            {
                double rhi = KtabFunctions.EstimatedRisk(options.BigRAdjust, risk[h], risk[i]);
                for (int j = 0; j < n; j++)
                {
                    double d = KtabFunctions.Utility(distance[i * n + j], rhi) - KtabFunctions.Utility(distance[i * n + j], risk[i]);
                    sum += d * d;
                }
            }
            if (!(sum > limit))
            {
                throw new ModelFailedException("smp", $"KTAB stops with 'Estimate of change in utility by h out of valid range': actor {h + 1}'s estimated utilities equal the true ones (always so with BigRAdjust=Full; use preset parley)");
            }
        }
    }

    /// <summary>
    /// <c>SMPState::pDist(−1)</c>: an election among the distinct positions (greedy grouping within
    /// 1e-3), each actor valuing an option by its own utility; fills the unique-position arrays.
    /// </summary>
    private void WinningProbabilities()
    {
        uniqueCount = 0;
        for (int i = 0; i < n; i++)
        {
            int found = -1;
            for (int u = 0; u < uniqueCount && found < 0; u++)
            {
                int h = uniqueHolder[u];
                double squares = 0;
                for (int k = 0; k < dims; k++)
                {
                    double d = position[i * dims + k] - position[h * dims + k];
                    squares += d * d;
                }
                if (Math.Sqrt(squares) < PositionTolerance) found = u;
            }
            if (found < 0)
            {
                found = uniqueCount;
                uniqueHolder[uniqueCount++] = i;
            }
            uniqueClass[i] = found;
        }
        int m = uniqueCount;
        for (int a = 0; a < n; a++)
        {
            for (int u = 0; u < m; u++) uniqueUtility[a * m + u] = own[a * n + uniqueHolder[u]];
        }
        stateElection.Solve(uniqueUtility, capability, n, m, uniqueProbability, parallel);
    }
}
