using System.Globalization;
using Parley.Analysis.Backtest.Deu;

namespace Parley.Analysis.Backtest.Evaluation;

/// <summary>
/// One way of splitting the scored issues into training and test sets. <see cref="Group"/> per
/// issue: 0 … <see cref="TestGroups"/> − 1 = the test group it belongs to (trained on every other
/// group), <see cref="TrainOnly"/> = always training, never tested. A k-fold draw has k test groups;
/// a time split has one (the later issues) and the earlier issues train only.
/// </summary>
public sealed record Partition(string Evaluation, string Name, int[] Group, int TestGroups)
{
    public const int TrainOnly = -1;

    public const string RepeatedCv = "repeated-cv";

    /// <summary>
    /// <paramref name="draws"/> random assignments of whole proposals to <paramref name="folds"/>
    /// folds; draw d uses seed <paramref name="seed"/> + d (draw 0 is the single-draw <c>cv</c> of the
    /// score table).
    /// </summary>
    public static IEnumerable<Partition> RepeatedFolds(IReadOnlyList<string> proposalOfIssue, int folds, int draws, int seed)
    {
        for (int d = 0; d < draws; d++)
        {
            var proposals = proposalOfIssue.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            new Random(seed + d).Shuffle(proposals);
            var foldOf = proposals.Select((p, n) => (p, n % folds)).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
            yield return new Partition(RepeatedCv, "seed " + (seed + d).ToString(CultureInfo.InvariantCulture), [.. proposalOfIssue.Select(p => foldOf[p])], folds);
        }
    }

    /// <summary>Train on proposals introduced before <paramref name="cut"/>, test on the rest.</summary>
    public static Partition TimeSplit(IReadOnlyList<DeuIssue> issues, DateOnly cut) =>
        new("time-split " + cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "introduced before " + cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [.. issues.Select(i => i.Introduced < cut ? TrainOnly : 0)], 1);

    /// <summary>Train on the issues of the earlier DEU waves, test on the later ones.</summary>
    public static Partition WaveSplit(IReadOnlyList<DeuIssue> issues, DeuDataset data, IReadOnlySet<string> trainingWaves)
    {
        string train = string.Join("+", trainingWaves.Order(StringComparer.Ordinal));
        return new("wave-split " + train, "trained on wave(s) " + train,
            [.. issues.Select(i => trainingWaves.Contains(data.Wave(i)) ? TrainOnly : 0)], 1);
    }
}
