using System.Collections.Immutable;
using Parley.Models;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Sobol' indices of every selected model's forecast on every dimension of a scenario with respect to
/// each uncertain input (<see cref="Outputs"/>[model × dimensions + dimension]).
/// </summary>
public sealed record SensitivityResult(
    SensitivityOptions Options,
    SamplingScheme Sampling,
    ImmutableArray<SensitivityInput> Inputs,
    ImmutableArray<IBargainingModel> Models,
    ImmutableArray<string> DimensionIds,
    ImmutableArray<SobolOutput> Outputs)
{
    /// <summary>Model runs the analysis made: N·(k + 2) (each run evaluates every selected model).</summary>
    public long ModelRuns => Options.ModelRuns(Inputs.Length);

    public SobolOutput this[int model, int dimension] => Outputs[model * DimensionIds.Length + dimension];
}
