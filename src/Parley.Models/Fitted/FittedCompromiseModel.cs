using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Models.Fitted;

/// <summary>
/// The compromise model, fitted on real outcomes (DEU III) and corrected towards the positions on
/// the table. Two changes to Achen's weighted mean, both chosen by cross-validation:
/// weights capability^κ × salience^γ (κ &lt; 1 damps the largest actors, as square-root voting
/// weights do), and a position-cluster correction — legislative outcomes usually land on a
/// position someone defended, so when the weighted mean lies within <c>snap</c> (a share of the
/// scale) of a stated position, the forecast moves onto the best such position: the one with the
/// smallest distance minus <c>share_bonus</c> × scale width × its weight share (equal scores: the
/// lower value). Every stated position counts, whatever the actor's weight. With κ = γ = 1 and
/// snap = 0 this is exactly the compromise model.
/// </summary>
public sealed class FittedCompromiseModel(FittedParameters parameters) : DimensionwiseModel
{
    public override string Id => "fitted";

    public override string Name => "Fitted compromise (snapped)";

    public FittedParameters Parameters { get; } = parameters;

    public override double Solve(DimensionView d)
    {
        double mean = WeightedMean(d);
        return double.IsNaN(mean) ? mean : Snap(d, mean);
    }

    protected override ImmutableArray<string> Explain(DimensionView d)
    {
        double mean = WeightedMean(d);
        double outcome = Solve(d);
        string note = outcome == mean
            ? string.Create(CultureInfo.InvariantCulture, $"weighted mean {mean:0.##}, no stated position within the snap distance")
            : string.Create(CultureInfo.InvariantCulture, $"weighted mean {mean:0.##} moved onto the stated position {outcome:0.##}");
        return [note, "parameters: " + Parameters];
    }

    public double WeightedMean(DimensionView d)
    {
        double sum = 0, total = 0;
        for (int i = 0; i < d.Count; i++)
        {
            double w = Weight(d, i);
            sum += w * d.Positions[i];
            total += w;
        }
        return total > 0 ? sum / total : double.NaN;
    }

    private double Weight(DimensionView d, int i)
    {
        double c = d.Capabilities[i], s = d.Saliences[i];
        if (!(c > 0) || !(s > 0)) return 0;
        return Math.Pow(c, Parameters.CapabilityExponent) * Math.Pow(s, Parameters.SalienceExponent);
    }

    private double Snap(DimensionView d, double mean)
    {
        double width = d.ScaleMax - d.ScaleMin;
        double reach = Parameters.SnapDistance * width;
        if (!(reach > 0)) return mean;
        double total = 0;
        for (int i = 0; i < d.Count; i++) total += Weight(d, i);
        double best = mean, bestScore = double.PositiveInfinity;
        for (int i = 0; i < d.Count; i++)
        {
            double v = d.Positions[i];
            double distance = Math.Abs(v - mean);
            if (distance > reach + 1e-9 * width) continue;
            double share = 0;
            if (total > 0)
            {
                for (int j = 0; j < d.Count; j++)
                {
                    if (d.Positions[j] == v) share += Weight(d, j) / total;
                }
            }
            double score = distance - Parameters.ShareBonus * width * share;
            if (score < bestScore - 1e-12 || (Math.Abs(score - bestScore) <= 1e-12 && v < best))
            {
                best = v;
                bestScore = score;
            }
        }
        return best;
    }
}
