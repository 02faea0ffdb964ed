using Parley.Core;

namespace Parley.Models;

/// <summary>One dimension of a compiled scenario: the slices a one-dimensional model needs.</summary>
public readonly ref struct DimensionView
{
    public DimensionView(CompiledScenario scenario, int dimension)
    {
        Positions = scenario.Positions(dimension);
        Saliences = scenario.Saliences(dimension);
        Capabilities = scenario.Capability;
        ScaleMin = scenario.ScaleMin[dimension];
        ScaleMax = scenario.ScaleMax[dimension];
        StatusQuo = scenario.StatusQuo[dimension];
    }

    public DimensionView(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities, double scaleMin, double scaleMax, double statusQuo = double.NaN)
    {
        Positions = positions;
        Saliences = saliences;
        Capabilities = capabilities;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        StatusQuo = statusQuo;
    }

    public ReadOnlySpan<double> Positions { get; }

    /// <summary>Salience as a fraction 0–1.</summary>
    public ReadOnlySpan<double> Saliences { get; }

    public ReadOnlySpan<double> Capabilities { get; }

    public double ScaleMin { get; }

    public double ScaleMax { get; }

    /// <summary>NaN when the scenario gives no status quo.</summary>
    public double StatusQuo { get; }

    public int Count => Positions.Length;

    /// <summary>Capability × salience: the weight an actor brings to this dimension.</summary>
    public double Weight(int i) => Capabilities[i] * Saliences[i];
}
