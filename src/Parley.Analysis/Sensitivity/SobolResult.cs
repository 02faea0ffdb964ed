using System.Collections.Immutable;

namespace Parley.Analysis.Sensitivity;

/// <summary>The Sobol' indices of every output of one analysis.</summary>
public sealed record SobolResult(SamplingScheme Sampling, int Samples, int Inputs, ImmutableArray<SobolOutput> Outputs)
{
    /// <summary>Model runs the analysis made: N·(k + 2).</summary>
    public long ModelRuns => (long)Samples * (Inputs + 2);
}
