using System.Collections.Immutable;

namespace Parley.Models;

/// <summary>What one model forecasts for a scenario: one outcome per dimension.</summary>
public sealed record Forecast(string ModelId, string ModelName, ImmutableArray<DimensionForecast> Dimensions)
{
    /// <summary>The trades an exchange model executed, in order; empty for every other model.</summary>
    public ImmutableArray<Exchange.Trade> Exchanges { get; init; } = ImmutableArray<Exchange.Trade>.Empty;

    public DimensionForecast this[string dimensionId] => Dimensions.First(d => d.DimensionId == dimensionId);
}

/// <summary>
/// The forecast on one dimension: the <see cref="Outcome"/> on the dimension's scale, the rounds
/// that led there (dynamic models) and plain-language notes on how it was reached.
/// </summary>
public sealed record DimensionForecast(
    string DimensionId,
    double Outcome,
    ImmutableArray<Round> Rounds,
    string? StopReason = null,
    ImmutableArray<string> Notes = default,
    ModelSpread? Spread = null)
{
    public ImmutableArray<string> NoteList => Notes.IsDefault ? ImmutableArray<string>.Empty : Notes;

    public static DimensionForecast Static(string dimensionId, double outcome, params string[] notes) =>
        new(dimensionId, outcome, ImmutableArray<Round>.Empty, null, notes.ToImmutableArray());
}

/// <summary>
/// The state after one round of a dynamic model: every actor's position (in scenario actor order)
/// and the weighted median and mean of those positions. Round 0 is the input.
/// </summary>
public sealed record Round(int Number, double Median, double Mean, ImmutableArray<double> Positions)
{
    /// <summary>
    /// Further per-actor numbers of the round, by name (the expected-utility model reports
    /// <c>risk_exponent</c>), each in scenario actor order. Empty for models that report none.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<double>> ActorValues { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<double>>.Empty;

    /// <summary>The moves actors made in this round and why; empty for models that cannot say.</summary>
    public ImmutableArray<Move> Moves { get; init; } = ImmutableArray<Move>.Empty;
}

/// <summary>
/// One actor's move in a round of a dynamic model: from where to where, of which
/// <paramref name="Kind"/> (e.g. <c>compromise</c>), and at whose instance (actor indexes).
/// </summary>
public sealed record Move(int Actor, string Kind, int? Counterpart, double From, double To);

/// <summary>
/// How far the members of an ensemble disagree on one dimension: a second kind of uncertainty,
/// beside the spread from uncertain inputs, that says how much the choice of model matters.
/// </summary>
public sealed record ModelSpread(double Min, double Max, double StandardDeviation, ImmutableArray<MemberOutcome> Members);

/// <summary>One ensemble member's outcome and weight (weights sum to 1).</summary>
public readonly record struct MemberOutcome(string ModelId, double Outcome, double Weight);
