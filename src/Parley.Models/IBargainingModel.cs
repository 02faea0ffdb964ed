using Parley.Core;

namespace Parley.Models;

/// <summary>
/// A bargaining model: given a compiled scenario, where does each dimension end up? Every model —
/// the baselines, the expected-utility model, the spatial model — implements this one interface,
/// so analyses (Monte Carlo, leverage, ensembles, backtests) work with any of them.
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface IBargainingModel
{
    /// <summary>Short id used on the command line and in JSON (<c>mean</c>, <c>eu</c>).</summary>
    string Id { get; }

    /// <summary>The name a political scientist would use.</summary>
    string Name { get; }

    /// <summary>Whether the model unfolds over rounds (and <see cref="Run"/> reports them).</summary>
    bool IsDynamic { get; }

    /// <summary>The full forecast, with trajectories for dynamic models.</summary>
    Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default);

    /// <summary>
    /// The outcome on every dimension only, written to <paramref name="outcomes"/> (one per
    /// dimension). The hot path of Monte Carlo and leverage: implementations avoid allocating.
    /// </summary>
    void Predict(CompiledScenario scenario, Span<double> outcomes);
}
