namespace Parley.Models.Baseline;

/// <summary>
/// The median voter model: the position at which cumulative capability × salience, counted from
/// the low end of the scale, reaches half the total. In one dimension that position beats every
/// other in a weighted pairwise vote. When the cumulative weight hits exactly half at a position,
/// the outcome is the midpoint between it and the next position (symmetric under reflection).
/// </summary>
public sealed class WeightedMedianModel : DimensionwiseModel
{
    public override string Id => "median";

    public override string Name => "Weighted median (median voter)";

    public override double Solve(DimensionView d) => WeightedStatistics.Median(d.Positions, d.Saliences, d.Capabilities);
}
