using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Models.Procedural;

/// <summary>
/// Win-set and core of the status quo on one dimension, exactly. Utilities are quadratic (or any
/// symmetric single-peaked loss) around each actor's position, so an actor at p prefers x to the
/// status quo q exactly when |x − p| &lt; |q − p|: its acceptable set is the interval between q and
/// 2p − q. Salience scales utility but, in one dimension, never changes which of two points an actor
/// prefers; an actor with salience 0 is indifferent and never blocks (it goes along). Because the
/// rule is monotone and the supporters of a move away from q shrink as the move grows, the win-set
/// on each side of q is an interval ending where the pivotal supporter becomes indifferent.
/// Dimensions are analysed issue by issue (separable utilities; Shepsle's structure-induced
/// equilibrium), so package deals across dimensions are not considered (docs/models/procedural-model.md).
/// </summary>
public static class WinSetAnalysis
{
    /// <summary>The full analysis of dimension <paramref name="dimension"/>, with names for reports.</summary>
    public static WinSet Analyse(CompiledScenario scenario, int dimension, CoalitionRule? rule = null)
    {
        rule ??= CoalitionRule.For(scenario.Source, dimension);
        var source = scenario.Source;
        string id = source.Dimensions[dimension].Id;
        string description = rule.Rule.Describe(source);
        var vetoes = rule.VetoPlayers.Select(i => source.Actors[i].Id).ToImmutableArray();
        double q = scenario.StatusQuo[dimension];
        var positions = scenario.Positions(dimension);
        var saliences = scenario.Saliences(dimension);
        var core = Core(rule, positions, saliences, scenario.ScaleMin[dimension], scenario.ScaleMax[dimension]);
        if (double.IsNaN(q))
        {
            return new WinSet(id, description, q, null, core, null, null, [], [], vetoes, rule.Rule.StatusQuoIsFallback);
        }
        var up = Side(rule, positions, saliences, q, +1, scenario.ScaleMax[dimension]);
        var down = Side(rule, positions, saliences, q, -1, scenario.ScaleMin[dimension]);
        Interval? range = up.Reach is null && down.Reach is null ? null : new Interval(down.Reach ?? q, up.Reach ?? q);
        var blockUp = ImmutableArray.CreateBuilder<string>();
        var blockDown = ImmutableArray.CreateBuilder<string>();
        foreach (int i in rule.Players)
        {
            if (!(saliences[i] > 0)) continue;
            if (positions[i] <= q) blockUp.Add(source.Actors[i].Id);
            if (positions[i] >= q) blockDown.Add(source.Actors[i].Id);
        }
        return new WinSet(id, description, q, range, core,
            up.Pivot is { } u ? source.Actors[u].Id : null,
            down.Pivot is { } d ? source.Actors[d].Id : null,
            blockUp.ToImmutable(), blockDown.ToImmutable(), vetoes, rule.Rule.StatusQuoIsFallback);
    }

    /// <summary>Whether no winning coalition prefers any point to the status quo (the hot path of P(status quo)).</summary>
    public static bool IsEmpty(CoalitionRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, double statusQuo, double scaleMin, double scaleMax) =>
        Side(rule, positions, saliences, statusQuo, +1, scaleMax).Reach is null &&
        Side(rule, positions, saliences, statusQuo, -1, scaleMin).Reach is null;

    /// <summary>The closure of the win-set, or null when it is empty.</summary>
    public static Interval? Range(CoalitionRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, double statusQuo, double scaleMin, double scaleMax)
    {
        var up = Side(rule, positions, saliences, statusQuo, +1, scaleMax).Reach;
        var down = Side(rule, positions, saliences, statusQuo, -1, scaleMin).Reach;
        return up is null && down is null ? null : new Interval(down ?? statusQuo, up ?? statusQuo);
    }

    /// <summary>
    /// How far from the status quo a winning coalition accepts moving in <paramref name="direction"/>
    /// (+1 up, −1 down): null when no move that way passes; else the far end (capped at the scale)
    /// and the pivotal actor whose indifference sets it.
    /// </summary>
    private static (double? Reach, int? Pivot) Side(CoalitionRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, double q, int direction, double scaleEnd)
    {
        int n = positions.Length;
        Span<bool> inFavour = n <= 256 ? stackalloc bool[n] : new bool[n];
        inFavour.Clear();
        // Supporters of a small move: indifferent players, and those on that side of q. Each supports
        // moves up to its reach 2p − q (the mirror image of q in its position).
        Span<double> reach = n <= 256 ? stackalloc double[n] : new double[n];
        Span<int> order = n <= 256 ? stackalloc int[n] : new int[n];
        int supporters = 0;
        foreach (int i in rule.Players)
        {
            if (!(saliences[i] > 0))
            {
                inFavour[i] = true;
                continue;
            }
            double offset = (positions[i] - q) * direction;
            if (offset > 0)
            {
                reach[supporters] = 2 * offset;
                order[supporters] = i;
                supporters++;
            }
        }
        double limit = (scaleEnd - q) * direction;
        if (!(limit > 0)) return (null, null);
        if (rule.IsWinning(inFavour)) return (scaleEnd, null);
        // Add supporters from the farthest-reaching down; the first winning coalition fixes the reach.
        var reaches = reach[..supporters];
        var actors = order[..supporters];
        reaches.Sort(actors, (a, b) => b.CompareTo(a));
        for (int s = 0; s < supporters; s++)
        {
            inFavour[actors[s]] = true;
            // Several supporters with the same reach join together.
            if (s + 1 < supporters && reaches[s + 1] == reaches[s]) continue;
            if (rule.IsWinning(inFavour))
            {
                double distance = Math.Min(reaches[s], limit);
                return (q + direction * distance, reaches[s] <= limit ? actors[s] : null);
            }
        }
        return (null, null);
    }

    /// <summary>
    /// The core in one dimension: x is in it when neither the players above x nor those below x
    /// (each with the indifferent players) form a winning coalition. It is the interval
    /// [t↑, t↓], t↑ the highest position whose players at or above it win, t↓ the lowest whose
    /// players at or below it win; null when empty.
    /// </summary>
    public static Interval? Core(CoalitionRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, double scaleMin, double scaleMax)
    {
        double low = Threshold(rule, positions, saliences, +1) ?? scaleMin;
        double high = Threshold(rule, positions, saliences, -1) ?? scaleMax;
        if (double.IsNaN(low) || double.IsNaN(high) || low > high) return null;
        return new Interval(Math.Max(low, scaleMin), Math.Min(high, scaleMax));
    }

    /// <summary>
    /// Walking from the far end in <paramref name="direction"/> (+1: from the top down), the first
    /// position at which the players at or beyond it win; null if they never do; NaN if the
    /// indifferent players alone win (then nothing is stable).
    /// </summary>
    private static double? Threshold(CoalitionRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, int direction)
    {
        int n = positions.Length;
        Span<bool> inFavour = n <= 256 ? stackalloc bool[n] : new bool[n];
        inFavour.Clear();
        var placed = new List<(double Position, int Actor)>(rule.Players.Length);
        foreach (int i in rule.Players)
        {
            if (!(saliences[i] > 0)) inFavour[i] = true;
            else placed.Add((positions[i], i));
        }
        if (rule.IsWinning(inFavour)) return double.NaN;
        placed.Sort((a, b) => direction * b.Position.CompareTo(a.Position));
        for (int s = 0; s < placed.Count; s++)
        {
            inFavour[placed[s].Actor] = true;
            if (s + 1 < placed.Count && placed[s + 1].Position == placed[s].Position) continue;
            if (rule.IsWinning(inFavour)) return placed[s].Position;
        }
        return null;
    }
}
