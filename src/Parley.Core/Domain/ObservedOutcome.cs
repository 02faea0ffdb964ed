namespace Parley.Core;

/// <summary>
/// What actually happened on a dimension, for scoring forecasts after the fact (<c>parley score</c>):
/// the outcome on the dimension's scale, when it was observed, and whether the parties reached an
/// agreement. <see cref="Agreement"/> decides whether "the status quo held" for scoring P(status quo);
/// when it is not given, the status quo held if <see cref="Value"/> equals the status quo. A value
/// can move without a deal (one side acts alone), which is why the flag exists.
/// </summary>
public sealed record ObservedOutcome(
    double Value,
    DateOnly? Date = null,
    bool? Agreement = null,
    ValueList<string>? SourceIds = null,
    string? Note = null)
{
    public ValueList<string> Sources => SourceIds ?? ValueList<string>.Empty;

    /// <summary>Tolerance for "the observed value is the status quo" (scale units).</summary>
    public const double SameAsStatusQuoTolerance = 1e-9;

    /// <summary>Whether the status quo held: no agreement, or (without the flag) the value stayed at the status quo.</summary>
    public bool? StatusQuoHeld(double? statusQuo) =>
        Agreement is { } agreed ? !agreed
        : statusQuo is { } sq ? Math.Abs(Value - sq) <= SameAsStatusQuoTolerance
        : null;
}
