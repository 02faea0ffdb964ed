using System.Collections.Immutable;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// The Sobol' indices of one output: per input the first-order index S1 (the share of the output's
/// variance the input explains alone) and the total index ST (alone and in every interaction), each
/// with a bootstrap interval, and the sum of the first-order indices (1 for an additive model; the
/// shortfall is the share explained only by interactions).
/// </summary>
public sealed record SobolOutput(
    double Mean,
    double Variance,
    ImmutableArray<IndexEstimate> FirstOrder,
    ImmutableArray<IndexEstimate> TotalEffect,
    IndexEstimate FirstOrderSum)
{
    /// <summary>False when the output is the same in every run: there is no variance to apportion and no index is defined.</summary>
    public bool HasVariance => Variance > 0;

    /// <summary>Input indices ordered by total index (then first-order index, then input order), largest first.</summary>
    public IEnumerable<int> Ranked() => Enumerable.Range(0, TotalEffect.Length)
        .OrderByDescending(i => Sortable(TotalEffect[i].Value))
        .ThenByDescending(i => Sortable(FirstOrder[i].Value))
        .ThenBy(i => i);

    private static double Sortable(double value) => double.IsNaN(value) ? double.NegativeInfinity : value;
}
