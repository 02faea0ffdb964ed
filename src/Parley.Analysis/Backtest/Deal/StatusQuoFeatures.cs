using System.Collections.Immutable;
using Parley.Analysis.Backtest.Deu;
using Parley.Analysis.Power;
using Parley.Models.Baseline;

namespace Parley.Analysis.Backtest.Deal;

/// <summary>
/// What the status-quo forecasters know about one DEU issue with a reference point, all computable
/// before the outcome: whether the reference point lies in the issue's gridlock interval under its
/// decision rule (no move in either direction can win — the empty win-set of Tsebelis's veto-player
/// theory), its distance to the compromise, the voting rule and procedure, the number of actors,
/// the spread of saliences, and the capability × salience share of actors who already stand at the
/// reference point.
/// </summary>
/// <remarks>
/// The rule of each issue follows <see cref="LegislativeRule"/>: consultation + QMV needs the
/// Commission (agenda setter) and a Council qualified majority, or Council unanimity; consultation +
/// unanimity needs every member; co-decision needs the Parliament and the Council under its rule.
/// A move away from the reference point towards higher values wins if the actors standing above it
/// form a winning coalition (everyone standing there prefers a small step their way). Members of
/// the Council without a stated position are taken to stand at the compromise point; under
/// unanimity only members with a stated position can block (abstention does not block unanimity,
/// Art. 238(4) TFEU). A missing Commission or Parliament position does not block.
/// </remarks>
public sealed record StatusQuoFeatures(
    bool HasStatusQuo,
    bool AtStatusQuo,
    bool InsideGridlock,
    double DistanceToCompromise,
    bool Unanimity,
    bool Codecision,
    int Actors,
    double SalienceSpread,
    double ShareAtStatusQuo,
    double PositionSpread)
{
    public const int Count = 7;

    /// <summary>The regressors, in a fixed order (see <see cref="Names"/>).</summary>
    public double[] Vector() =>
    [
        InsideGridlock ? 1 : 0,
        DistanceToCompromise,
        Unanimity ? 1 : 0,
        Codecision ? 1 : 0,
        Math.Log(Actors),
        SalienceSpread,
        ShareAtStatusQuo,
    ];

    public static readonly ImmutableArray<string> Names =
        ["sq_inside_gridlock", "sq_distance_to_compromise", "unanimity", "codecision", "log_actors", "salience_spread", "share_at_sq"];

    public static StatusQuoFeatures Of(DeuIssue issue, DeuDataset data, double outcome)
    {
        var positions = issue.Positions;
        double[] pos = [.. positions.Select(p => p.Position)];
        double[] sal = [.. positions.Select(p => (p.Salience ?? DeuScenarioBuilder.DefaultSalience) / 100)];
        double[] cap = [.. positions.Select(p => data.Gdp.TryGetValue(p.Actor, out double g) ? g : 0)];
        double compromise = pos.Length > 0 ? WeightedStatistics.Mean(pos, sal, cap) : double.NaN;
        double salienceSpread = StandardDeviation(sal, null);
        double positionSpread = StandardDeviation(pos, [.. cap.Select((c, i) => c * sal[i])]);
        if (issue.ReferencePoint is not { } sq)
        {
            return new StatusQuoFeatures(false, false, false, double.NaN, issue.IsUnanimity, issue.IsCodecision, positions.Length, salienceSpread, double.NaN, positionSpread);
        }
        double weightAt = 0, weightAll = 0;
        for (int i = 0; i < pos.Length; i++)
        {
            double w = cap[i] * sal[i];
            weightAll += w;
            if (Math.Abs(pos[i] - sq) < 1e-9) weightAt += w;
        }
        var rule = CouncilRegimeSelector.Rule(issue, data, out _);
        bool gridlock = !MoveWins(rule, issue, sq, compromise, +1) && !MoveWins(rule, issue, sq, compromise, -1);
        return new StatusQuoFeatures(true, Math.Abs(outcome - sq) < 1e-9, gridlock, Math.Abs(sq - compromise) / 100, issue.IsUnanimity, issue.IsCodecision,
            positions.Length, salienceSpread, weightAll > 0 ? weightAt / weightAll : 0, positionSpread);
    }

    /// <summary>Whether the actors strictly on one side of the status quo can adopt a small move their way.</summary>
    public static bool MoveWins(LegislativeRule rule, DeuIssue issue, double sq, double compromise, int direction)
    {
        bool Prefers(double position) => direction > 0 ? position > sq + 1e-9 : position < sq - 1e-9;
        var stated = issue.Positions.ToDictionary(p => p.Actor, p => p.Position, StringComparer.Ordinal);
        var game = rule.Council;
        var sums = new long[game.Criteria.Length];
        int members = 0, unanimous = 0, statedMembers = 0;
        for (int m = 0; m < game.Count; m++)
        {
            bool hasPosition = stated.TryGetValue(game.Players[m], out double position);
            if (hasPosition) statedMembers++;
            if (!Prefers(hasPosition ? position : compromise)) continue;
            members++;
            if (hasPosition) unanimous++;
            for (int c = 0; c < sums.Length; c++) sums[c] += game.Criteria[c].Weights[m];
        }
        bool councilWins = game.IsWinning(members, sums);
        bool councilUnanimous = statedMembers > 0 && unanimous == statedMembers;
        bool commission = !stated.TryGetValue(LegislativeGamePower.Commission, out double com) || Prefers(com);
        bool parliament = !stated.TryGetValue(LegislativeGamePower.Parliament, out double ep) || Prefers(ep);
        // Under a unanimity rule the Council's "qualified majority" is unanimity of the members who take a stand.
        if (game.Criteria.Length == 1 && game.Criteria[0].Name == "members" && game.Criteria[0].Quota == game.Count) councilWins = councilUnanimous;
        return rule.IsWinning(commission, parliament, councilWins, councilUnanimous);
    }

    private static double StandardDeviation(double[] values, double[]? weights)
    {
        double total = 0, mean = 0;
        for (int i = 0; i < values.Length; i++) { double w = weights?[i] ?? 1; total += w; mean += w * values[i]; }
        if (!(total > 0)) return 0;
        mean /= total;
        double v = 0;
        for (int i = 0; i < values.Length; i++) { double w = weights?[i] ?? 1; v += w * (values[i] - mean) * (values[i] - mean); }
        return Math.Sqrt(v / total);
    }
}
