using Parley.Core;
using Parley.Models.Spatial;

namespace Parley.Models;

/// <summary>
/// A model that can say, round by round, whom each actor challenged, which bargains it was offered
/// and which it adopted (<c>parley trace</c>). Today the trace has the Spatial Model of Politics'
/// shape (<see cref="SpatialRun"/>); a second tracing model would generalise it.
/// </summary>
public interface ITracingModel : IBargainingModel
{
    /// <summary>The scenario restricted to the actors who take part (returns the input when everyone does).</summary>
    CompiledScenario Participants(CompiledScenario scenario);

    /// <summary>The whole run of <paramref name="scenario"/> (as returned by <see cref="Participants"/>), every round kept.</summary>
    SpatialRun Simulate(CompiledScenario scenario, CancellationToken cancellationToken = default);
}
