using Parley.Core;

namespace Parley.Analysis.Uncertainty;

/// <summary>
/// The numbers of a scenario that carry an uncertainty range, located in the compiled arrays:
/// stance positions and saliences (where the stance gives a range) and capabilities (where the actor
/// does). Built once per scenario so that each Monte Carlo run only overwrites these slots.
/// </summary>
public sealed class UncertainInputs
{
    public enum Target { Position, Salience, Capability }

    /// <summary>One uncertain number: which array, which slot, its range and most likely value (model units).</summary>
    public readonly record struct Input(Target Target, int Index, double Low, double Mode, double High);

    private UncertainInputs(Input[] inputs) => Inputs = inputs;

    public IReadOnlyList<Input> Inputs { get; }

    public int Count => Inputs.Count;

    public static UncertainInputs From(CompiledScenario compiled)
    {
        var scenario = compiled.Source;
        var inputs = new List<Input>();
        int n = compiled.ActorCount;
        for (int i = 0; i < n; i++)
        {
            if (scenario.Actors[i].CapabilityRange is { } range)
            {
                inputs.Add(new Input(Target.Capability, i, range.Low, compiled.Capability[i], range.High));
            }
        }
        foreach (var stance in scenario.Stances)
        {
            int index = scenario.DimensionIndex(stance.DimensionId) * n + scenario.ActorIndex(stance.ActorId);
            if (stance.PositionRange is { } p) inputs.Add(new Input(Target.Position, index, p.Low, compiled.Position[index], p.High));
            if (stance.SalienceRange is { } s)
            {
                var unit = scenario.SalienceScale;
                inputs.Add(new Input(Target.Salience, index, unit.ToFraction(s.Low), compiled.Salience[index], unit.ToFraction(s.High)));
            }
        }
        return new UncertainInputs(inputs.ToArray());
    }

    /// <summary>Writes one draw of every uncertain number into <paramref name="target"/>.</summary>
    public void Draw(CompiledScenario target, InputDistribution distribution, Random random)
    {
        var inputs = (Input[])Inputs;
        for (int u = 0; u < inputs.Length; u++)
        {
            ref readonly var input = ref inputs[u];
            double value = distribution.Sample(random, input.Low, input.Mode, input.High);
            switch (input.Target)
            {
                case Target.Position: target.Position[input.Index] = value; break;
                case Target.Salience: target.Salience[input.Index] = value; break;
                default: target.Capability[input.Index] = value; break;
            }
        }
    }
}
