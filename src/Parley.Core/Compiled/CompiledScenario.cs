using Parley.Core.Validation;

namespace Parley.Core;

/// <summary>
/// A valid scenario laid out as flat arrays for the models' inner loops: capabilities by actor,
/// and positions and saliences (as fractions 0–1) stored dimension by dimension, so that a
/// one-dimension model reads one contiguous span. Compiled once; Monte Carlo and what-if work on
/// cheap copies (<see cref="Clone"/>, <see cref="CopyValuesFrom"/>) rather than rebuilding records.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(Scenario source, int actors, int dimensions)
    {
        Source = source;
        ActorCount = actors;
        DimensionCount = dimensions;
        Capability = new double[actors];
        Position = new double[actors * dimensions];
        Salience = new double[actors * dimensions];
        ScaleMin = new double[dimensions];
        ScaleMax = new double[dimensions];
        StatusQuo = new double[dimensions];
    }

    /// <summary>The scenario this was compiled from (ids, labels, ranges).</summary>
    public Scenario Source { get; }

    public int ActorCount { get; }

    public int DimensionCount { get; }

    /// <summary>Capability of actor i at [i].</summary>
    public double[] Capability { get; }

    /// <summary>Position of actor i on dimension k at [k * ActorCount + i], on the dimension's own scale.</summary>
    public double[] Position { get; }

    /// <summary>Salience of actor i on dimension k at [k * ActorCount + i], as a fraction 0–1.</summary>
    public double[] Salience { get; }

    public double[] ScaleMin { get; }

    public double[] ScaleMax { get; }

    /// <summary>Status quo per dimension; NaN where the scenario gives none.</summary>
    public double[] StatusQuo { get; }

    public Span<double> Positions(int dimension) => Position.AsSpan(dimension * ActorCount, ActorCount);

    public Span<double> Saliences(int dimension) => Salience.AsSpan(dimension * ActorCount, ActorCount);

    public static CompiledScenario Compile(Scenario scenario)
    {
        var problems = ScenarioValidator.Validate(scenario);
        if (problems.Count > 0) throw new ArgumentException("Only a valid scenario can be compiled: " + problems[0], nameof(scenario));

        int n = scenario.Actors.Count, m = scenario.Dimensions.Count;
        var compiled = new CompiledScenario(scenario, n, m);
        for (int i = 0; i < n; i++) compiled.Capability[i] = scenario.Actors[i].Capability;
        for (int k = 0; k < m; k++)
        {
            var d = scenario.Dimensions[k];
            compiled.ScaleMin[k] = d.Scale.Min;
            compiled.ScaleMax[k] = d.Scale.Max;
            compiled.StatusQuo[k] = d.StatusQuo ?? double.NaN;
        }
        foreach (var stance in scenario.Stances)
        {
            int i = scenario.ActorIndex(stance.ActorId);
            int k = scenario.DimensionIndex(stance.DimensionId);
            compiled.Position[k * n + i] = stance.Position;
            compiled.Salience[k * n + i] = scenario.SalienceScale.ToFraction(stance.Salience);
        }
        return compiled;
    }

    /// <summary>A deep copy whose arrays can be changed without touching this one.</summary>
    public CompiledScenario Clone()
    {
        var copy = new CompiledScenario(Source, ActorCount, DimensionCount);
        copy.CopyValuesFrom(this);
        return copy;
    }

    /// <summary>Overwrites this copy's numbers with <paramref name="other"/>'s (same shape), without allocating.</summary>
    public void CopyValuesFrom(CompiledScenario other)
    {
        if (other.ActorCount != ActorCount || other.DimensionCount != DimensionCount) throw new ArgumentException("Shapes differ.", nameof(other));
        other.Capability.CopyTo(Capability, 0);
        other.Position.CopyTo(Position, 0);
        other.Salience.CopyTo(Salience, 0);
        other.ScaleMin.CopyTo(ScaleMin, 0);
        other.ScaleMax.CopyTo(ScaleMax, 0);
        other.StatusQuo.CopyTo(StatusQuo, 0);
    }
}
