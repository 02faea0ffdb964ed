namespace Parley.Core;

/// <summary>A closed range [Low, High] expressing an analyst's uncertainty about a number.</summary>
public readonly record struct Interval(double Low, double High)
{
    public double Width => High - Low;

    public bool Contains(double value) => value >= Low && value <= High;

    public override string ToString() => FormattableString.Invariant($"[{Low}, {High}]");
}
