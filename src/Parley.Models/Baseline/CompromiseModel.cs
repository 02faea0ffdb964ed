namespace Parley.Models.Baseline;

/// <summary>
/// The compromise model (Achen 2006): the outcome is the mean of positions weighted by capability
/// × salience. Simple, and on the DEU data the model to beat.
/// </summary>
public sealed class CompromiseModel : DimensionwiseModel
{
    public override string Id => "mean";

    public override string Name => "Compromise (weighted mean)";

    public override double Solve(DimensionView d) => WeightedStatistics.Mean(d.Positions, d.Saliences, d.Capabilities);
}
