using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Models.Procedural;

/// <summary>
/// The win-set of the status quo on one dimension under its decision rule: the points some winning
/// coalition prefers to the status quo (Tsebelis 2002; Romer and Rosenthal 1978), with the core —
/// the points no winning coalition would leave — and who stands in the way of a change.
/// </summary>
/// <param name="DimensionId">The dimension.</param>
/// <param name="Rule">The rule as a reader would say it ("unanimity of USA, CHN, …").</param>
/// <param name="StatusQuo">The status quo (NaN when the dimension has none: then nothing is computed).</param>
/// <param name="Range">
/// The closure of the win-set, an interval holding the status quo; null when the win-set is empty
/// (every move is blocked). Points strictly inside, other than the status quo itself, are strictly
/// preferred by a winning coalition; the ends are where the pivotal actor becomes indifferent.
/// </param>
/// <param name="Core">The core: points no winning coalition prefers to leave (for unanimity, the veto players' Pareto interval); null when empty.</param>
/// <param name="UpperPivot">The actor whose indifference ends the win-set above the status quo (null when no increase passes).</param>
/// <param name="LowerPivot">The actor whose indifference ends the win-set below the status quo.</param>
/// <param name="BlockIncrease">Players who prefer the status quo to every increase (veto players among them stop any increase alone).</param>
/// <param name="BlockDecrease">Players who prefer the status quo to every decrease.</param>
/// <param name="VetoPlayers">The veto players the rule declares (members under unanimity, permanent members under unsc, listed vetoes).</param>
/// <param name="StatusQuoIsFallback">False: no reversion to the status quo; the win-set is not meaningful and only the core is.</param>
public sealed record WinSet(
    string DimensionId,
    string Rule,
    double StatusQuo,
    Interval? Range,
    Interval? Core,
    string? UpperPivot,
    string? LowerPivot,
    ImmutableArray<string> BlockIncrease,
    ImmutableArray<string> BlockDecrease,
    ImmutableArray<string> VetoPlayers,
    bool StatusQuoIsFallback = true)
{
    public bool HasStatusQuo => !double.IsNaN(StatusQuo);

    /// <summary>No winning coalition prefers any point to the status quo: the status quo holds.</summary>
    public bool IsEmpty => HasStatusQuo && StatusQuoIsFallback && Range is null;

    /// <summary>Whether the status quo lies in the core (then, under a proper rule, the win-set is empty).</summary>
    public bool StatusQuoInCore => Core is { } core && HasStatusQuo && core.Contains(StatusQuo);

    /// <summary>
    /// One line for tables and reports:
    /// "empty — USA, JPN block any decrease; CHN, RUS block any increase" or "20–35 (up to 35: CHN indifferent)".
    /// </summary>
    public string Describe()
    {
        if (!HasStatusQuo) return "no status quo given";
        if (!StatusQuoIsFallback)
        {
            return Core is { } c ? "no status-quo fallback; core " + Span(c) : "no status-quo fallback; empty core";
        }
        if (Range is not { } range)
        {
            return "empty — " + Blockers(BlockDecrease, "decrease") + "; " + Blockers(BlockIncrease, "increase");
        }
        var parts = new List<string>();
        if (range.High > StatusQuo) parts.Add($"up to {N(range.High)}" + (UpperPivot is { } up ? $" ({up} indifferent there)" : ""));
        else parts.Add(Blockers(BlockIncrease, "increase"));
        if (range.Low < StatusQuo) parts.Add($"down to {N(range.Low)}" + (LowerPivot is { } low ? $" ({low} indifferent there)" : ""));
        else parts.Add(Blockers(BlockDecrease, "decrease"));
        return $"{Span(range)} — " + string.Join("; ", parts);
    }

    private string Blockers(ImmutableArray<string> opposed, string direction)
    {
        var vetoes = opposed.Where(VetoPlayers.Contains).ToList();
        if (vetoes.Count > 0) return $"{string.Join(", ", vetoes)} block{(vetoes.Count == 1 ? "s" : "")} any {direction}";
        return opposed.Length == 0
            ? $"no winning coalition gains from any {direction}"
            : $"{string.Join(", ", opposed)} together block any {direction}";
    }

    private static string Span(Interval interval) =>
        interval.Low == interval.High ? N(interval.Low) : $"{N(interval.Low)}–{N(interval.High)}";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
