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
/// lower value). Only positions of actors with weight count. With κ = γ = 1 and
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
        if (!(Parameters.SnapDistance * width > 0)) return mean;
        int n = d.Count;
        Span<double> values = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> shares = n <= 256 ? stackalloc double[n] : new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) total += Weight(d, i);
        int distinct = 0;
        for (int i = 0; i < n; i++)
        {
            // An actor without weight has no say: its position is no landing point either.
            if (Weight(d, i) == 0) continue;
            double v = d.Positions[i];
            int at = values[..distinct].IndexOf(v);
            if (at < 0)
            {
                at = distinct++;
                values[at] = v;
                shares[at] = 0;
            }
            if (total > 0) shares[at] += Weight(d, i) / total;
        }
        return SnapOnto(mean, values[..distinct], shares[..distinct], width, Parameters.SnapDistance, Parameters.ShareBonus);
    }

    /// <summary>
    /// The position-cluster correction on its own: among the distinct stated positions within
    /// <paramref name="snap"/> × <paramref name="width"/> of the mean, the one minimising distance −
    /// <paramref name="shareBonus"/> × width × weight share (equal scores: the lower value); the
    /// mean itself if none is that close. Shared with the fitting code so both agree exactly.
    /// </summary>
    public static double SnapOnto(double mean, ReadOnlySpan<double> values, ReadOnlySpan<double> shares, double width, double snap, double shareBonus)
    {
        double reach = snap * width;
        if (!(reach > 0)) return mean;
        double best = mean, bestScore = double.PositiveInfinity;
        for (int k = 0; k < values.Length; k++)
        {
            double v = values[k];
            double distance = Math.Abs(v - mean);
            if (distance > reach + 1e-9 * width) continue;
            double score = distance - shareBonus * width * shares[k];
            if (score < bestScore - 1e-12 || (Math.Abs(score - bestScore) <= 1e-12 && v < best))
            {
                best = v;
                bestScore = score;
            }
        }
        return best;
    }
}
