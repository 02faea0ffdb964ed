using System.Collections.Immutable;
using Parley.Models;

namespace Parley.Analysis.Uncertainty;

/// <summary>
/// The outcome distribution of each model on each dimension, plus the raw outcomes
/// (<see cref="Outcomes"/>[model][run × dimensions + k]) for charts and calibration.
/// </summary>
public sealed record MonteCarloResult(
    MonteCarloOptions Options,
    int UncertainInputCount,
    int CompletedRuns,
    ImmutableArray<IBargainingModel> Models,
    ImmutableArray<ImmutableArray<OutcomeDistribution>> Distributions,
    ImmutableArray<double[]> Outcomes)
{
    /// <summary>False when the simulation was stopped (Ctrl-C) before every run finished.</summary>
    public bool Complete => CompletedRuns == Options.Runs;

    public OutcomeDistribution this[int model, int dimension] => Distributions[model][dimension];
}
