using Parley.Analysis.Uncertainty;

namespace Parley.Analysis.Sensitivity;

/// <summary>Settings of a variance-based (Sobol') sensitivity analysis.</summary>
/// <param name="Samples">N, the rows of each of the matrices A and B; the analysis costs N·(k + 2) model runs for k inputs. Powers of two suit Sobol' points best.</param>
/// <param name="Seed">Seeds the design's digital shift (or pseudo-random points) and the bootstrap; the same seed gives the same numbers on any number of threads.</param>
/// <param name="Distribution">How each input's range is read (the same distributions as <c>parley simulate</c>).</param>
/// <param name="Resamples">Bootstrap resamples for the confidence intervals.</param>
/// <param name="Confidence">Coverage of the (percentile) bootstrap intervals.</param>
/// <param name="Threads">Worker threads (default: all cores). Changes speed, never results.</param>
/// <param name="Sampling">Null: Sobol' points when they fit, else pseudo-random.</param>
public sealed record SensitivityOptions(
    int Samples = 1024,
    ulong Seed = 1,
    InputDistribution Distribution = InputDistribution.Pert,
    int Resamples = 500,
    double Confidence = 0.95,
    int? Threads = null,
    SamplingScheme? Sampling = null)
{
    /// <summary>Model runs for <paramref name="inputs"/> uncertain inputs: N·(k + 2).</summary>
    public long ModelRuns(int inputs) => (long)Samples * (inputs + 2);
}
