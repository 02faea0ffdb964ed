namespace Parley.Analysis.Sensitivity;

/// <summary>Where the points of a Saltelli design come from.</summary>
public enum SamplingScheme
{
    /// <summary>
    /// Sobol' quasi-random points with a seeded digital shift — the default while the design fits the
    /// embedded direction numbers (2k ≤ 3,667 coordinates for k inputs). Converges markedly faster than
    /// pseudo-random points, best with a power-of-two sample size.
    /// </summary>
    Sobol,

    /// <summary>Seeded pseudo-random points (xoshiro256**): any number of inputs, slower convergence.</summary>
    PseudoRandom,
}

public static class SamplingSchemeExtensions
{
    public static string Id(this SamplingScheme scheme) => scheme == SamplingScheme.Sobol ? "sobol" : "random";

    public static SamplingScheme? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "sobol" or "quasi" or "quasi-random" => SamplingScheme.Sobol,
        "random" or "pseudo-random" or "mc" => SamplingScheme.PseudoRandom,
        _ => null,
    };
}
