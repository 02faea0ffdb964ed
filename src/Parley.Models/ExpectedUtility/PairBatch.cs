namespace Parley.Models.ExpectedUtility;

/// <summary>
/// A batch of actor pairs of the sweep path, gathered so that their risk-adjusted utilities are
/// raised in long vectors: the vector log/exp routines cost a fixed overhead per call that short
/// rows (small scenarios) would pay pair by pair. Fixed size, so memory does not grow with n².
/// </summary>
internal sealed class PairBatch
{
    public const int Capacity = 2048;

    public int Count;

    /// <summary>Sorted places of the pair, a left of b.</summary>
    public readonly int[] A = new int[Capacity];
    public readonly int[] B = new int[Capacity];

    /// <summary>P(a beats b), P(b beats a), |x_a − x_b|, r_a, r_b.</summary>
    public readonly double[] ShareA = new double[Capacity];
    public readonly double[] ShareB = new double[Capacity];
    public readonly double[] Distance = new double[Capacity];
    public readonly double[] RiskA = new double[Capacity];
    public readonly double[] RiskB = new double[Capacity];

    /// <summary>Scratch for the bases of the powers and the places of zero bases.</summary>
    public readonly double[] Base = new double[Capacity];
    public readonly int[] Zero = new int[Capacity];

    /// <summary>Powers of U_s and U_f bases with a's and with b's risk exponent.</summary>
    public readonly double[] SuccessA = new double[Capacity];
    public readonly double[] SuccessB = new double[Capacity];
    public readonly double[] FailureA = new double[Capacity];
    public readonly double[] FailureB = new double[Capacity];

    /// <summary>
    /// Powers of the U_b/U_w bases (only when Q &lt; 1): 0–3 seen by a, 4–7 seen by b; within each,
    /// a-challenges-b better, worse, then b-challenges-a better, worse.
    /// </summary>
    public readonly double[][] Term = Enumerable.Range(0, 8).Select(_ => new double[Capacity]).ToArray();
}
