namespace Parley.Core;

/// <summary>The numeric extent of a policy dimension; positions and the status quo must lie on it.</summary>
public readonly record struct Scale(double Min, double Max)
{
    public static readonly Scale Default = new(0, 100);

    public double Width => Max - Min;

    public bool Contains(double value) => value >= Min && value <= Max;

    public override string ToString() => FormattableString.Invariant($"{Min}–{Max}");
}
