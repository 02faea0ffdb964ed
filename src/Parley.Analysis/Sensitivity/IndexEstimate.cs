namespace Parley.Analysis.Sensitivity;

/// <summary>An estimated index with its bootstrap confidence interval [Low, High].</summary>
public readonly record struct IndexEstimate(double Value, double Low, double High)
{
    public static IndexEstimate NotDefined => new(double.NaN, double.NaN, double.NaN);

    public bool Contains(double value) => value >= Low && value <= High;
}
