using Parley.Analysis.Uncertainty;
using Parley.Core;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// One uncertain number of a scenario as an analyst names it: whose, on which dimension, which
/// parameter, and its range as written in the file (salience on the file's own scale).
/// </summary>
public sealed record SensitivityInput(string ActorId, string? DimensionId, string Parameter, double Low, double Value, double High)
{
    /// <summary>"USA sanctions position", "PRK capability".</summary>
    public string Label => DimensionId is null ? $"{ActorId} {Parameter}" : $"{ActorId} {DimensionId} {Parameter}";

    /// <summary>The inputs of <see cref="UncertainInputs.From"/>, in its order.</summary>
    public static IReadOnlyList<SensitivityInput> Describe(CompiledScenario compiled, UncertainInputs inputs)
    {
        var scenario = compiled.Source;
        int n = compiled.ActorCount;
        var unit = scenario.SalienceScale;
        return inputs.Inputs.Select(input => input.Target switch
        {
            UncertainInputs.Target.Capability => new SensitivityInput(scenario.Actors[input.Index].Id, null, "capability", input.Low, input.Mode, input.High),
            UncertainInputs.Target.Position => new SensitivityInput(scenario.Actors[input.Index % n].Id, scenario.Dimensions[input.Index / n].Id, "position", input.Low, input.Mode, input.High),
            _ => new SensitivityInput(scenario.Actors[input.Index % n].Id, scenario.Dimensions[input.Index / n].Id, "salience",
                unit.FromFraction(input.Low), unit.FromFraction(input.Mode), unit.FromFraction(input.High)),
        }).ToList();
    }
}
