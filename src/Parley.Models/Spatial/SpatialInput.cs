namespace Parley.Models.Spatial;

/// <summary>
/// The numbers one run of the Spatial Model of Politics works on, on KTAB's internal scale:
/// capabilities, positions 0–1 and saliences 0–1 (actor-major, <c>[actor * dimensions + dimension]</c>),
/// and the ideal-accommodation matrix (row-major N×N; null for the identity).
/// </summary>
public sealed class SpatialInput
{
    public SpatialInput(int actors, int dimensions, double[] capability, double[] position, double[] salience, double[]? accommodation = null)
    {
        if (actors < 1 || dimensions < 1) throw new ArgumentException("A run needs at least one actor and one dimension.");
        if (capability.Length != actors || position.Length != actors * dimensions || salience.Length != actors * dimensions)
        {
            throw new ArgumentException("Array lengths do not match the number of actors and dimensions.");
        }
        if (accommodation is not null && accommodation.Length != actors * actors) throw new ArgumentException("The accommodation matrix must be N×N.", nameof(accommodation));
        ActorCount = actors;
        DimensionCount = dimensions;
        Capability = capability;
        Position = position;
        Salience = salience;
        Accommodation = accommodation;
    }

    public int ActorCount { get; }

    public int DimensionCount { get; }

    public double[] Capability { get; }

    public double[] Position { get; }

    public double[] Salience { get; }

    public double[]? Accommodation { get; }
}
