using Parley.Core;
using Parley.Models.ExpectedUtility;

namespace Parley.Models;

/// <summary>
/// A model that assesses dyads: how each actor sees its relationship with each other actor
/// (confrontation, compromise, capitulation, status quo, and who would prevail). <c>parley dyads</c>,
/// the perception chart and the report ask for this capability, never for a particular model.
/// </summary>
public interface IPerceivingModel : IBargainingModel
{
    /// <summary>The perceptions on one dimension at the start of <paramref name="round"/> (1: the input positions).</summary>
    PerceptionMatrix Perceive(CompiledScenario scenario, int dimension, int round = 1);

    /// <summary>The named reading of the model (its preset) that produced them, for titles and JSON.</summary>
    string Preset { get; }
}
