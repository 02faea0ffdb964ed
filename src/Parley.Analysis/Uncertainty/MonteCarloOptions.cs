namespace Parley.Analysis.Uncertainty;

/// <summary>Settings of a Monte Carlo simulation.</summary>
/// <param name="Runs">Number of draws of the uncertain inputs.</param>
/// <param name="Seed">The seed every draw derives from; the same seed gives the same numbers on any number of threads.</param>
/// <param name="Distribution">How each input is drawn from its range.</param>
/// <param name="Threads">Worker threads (default: all cores). Changes speed, never results.</param>
/// <param name="Bins">Histogram bars over each dimension's scale.</param>
public sealed record MonteCarloOptions(
    int Runs = 10_000,
    ulong Seed = 1,
    InputDistribution Distribution = InputDistribution.Pert,
    int? Threads = null,
    int Bins = 20)
{
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];
}
