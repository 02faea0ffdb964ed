using System.Globalization;
using System.Text;
using Parley.Events.Coding.Input;
using Parley.Events.Reference;

namespace Parley.Events.Coding.Validation;

/// <summary>Scores of a coder on one gold set; ratios are null when nothing was there to count.</summary>
public sealed record GoldSetScores(
    string Set, string Dictionaries, int Records, int GoldEvents, int RecordsWithEvents, int RecordsWithout,
    int CodedTruePositive, int CodedFalsePositive, int CodedFalseNegative,
    int Compared, int CodeGold, int CodeCompared, int PloverGold, int RootCorrect, int FullCorrect, int QuadCorrect, int PloverCompared, int PloverCorrect,
    int DyadCompared, int DyadCountryCorrect, int DyadRoleCorrect,
    IReadOnlyDictionary<(string Gold, string Coded), int> Confusion)
{
    public double? Precision => Ratio(CodedTruePositive, CodedTruePositive + CodedFalsePositive);

    public double? Recall => Ratio(CodedTruePositive, CodedTruePositive + CodedFalseNegative);

    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    public double? RootAccuracy => Ratio(RootCorrect, CodeCompared);

    /// <summary>Root accuracy over every gold event, counting events of sentences the coder left uncoded as wrong.</summary>
    public double? RootAccuracyAll => Ratio(RootCorrect, CodeGold);

    public double? FullAccuracy => Ratio(FullCorrect, CodeCompared);

    public double? QuadAccuracy => Ratio(QuadCorrect, CodeCompared);

    public double? PloverAccuracy => Ratio(PloverCorrect, PloverCompared);

    public double? PloverAccuracyAll => Ratio(PloverCorrect, PloverGold);

    public double? DyadCountryAccuracy => Ratio(DyadCountryCorrect, DyadCompared);

    public double? DyadRoleAccuracy => Ratio(DyadRoleCorrect, DyadCompared);

    private static double? Ratio(int a, int b) => b == 0 ? null : (double)a / b;
}

/// <summary>
/// Runs the coder over a gold set and compares, record by record. Each gold event is compared with
/// the coded event of its sentence that has the same dyad (countries), else the first coded event:
/// root (2-digit), full code, QuadClass (GDELT rule), PLOVER category; dyads by country and by
/// full actor code. "Coded at all" is judged per sentence (gold "no events" sentences are the negatives).
/// </summary>
public static class GoldSetEvaluator
{
    public static GoldSetScores Evaluate(EventCoder coder, GoldSet set, string dictionaries, Func<GoldRecord, bool>? include = null)
    {
        int records = 0, goldEvents = 0, withEvents = 0, without = 0, tp = 0, fp = 0, fn = 0;
        int compared = 0, codeGold = 0, codeCompared = 0, ploverGold = 0, root = 0, full = 0, quad = 0, ploverCompared = 0, plover = 0, dyadCompared = 0, dyadCountry = 0, dyadRole = 0;
        var confusion = new Dictionary<(string, string), int>();
        foreach (var record in set.Records)
        {
            if (include is not null && !include(record)) continue;
            records++;
            var coded = Code(coder, record);
            bool positive = record.Events.Count > 0;
            if (positive) withEvents++; else without++;
            if (positive && coded.Count > 0) tp++;
            else if (positive) fn++;
            else if (coded.Count > 0) fp++;
            foreach (var gold in record.Events)
            {
                goldEvents++;
                var match = coded.FirstOrDefault(c => SameCountry(gold.Source, c.SourceCode) && SameCountry(gold.Target, c.TargetCode)) ?? coded.FirstOrDefault();
                string goldRoot = gold.Code is { Length: >= 2 } g ? g[..2] : "";
                string codedRoot = match?.EventCode is { Length: >= 2 } m ? m[..2] : "none";
                if (gold.Code is not null) codeGold++;
                if (gold.Plover is not null) ploverGold++;
                if (gold.Code is not null) confusion[(goldRoot, codedRoot)] = confusion.GetValueOrDefault((goldRoot, codedRoot)) + 1;
                if (gold.Plover is not null) confusion[(gold.Plover, match is null ? "none" : PloverOf(match.EventCode) ?? "(dropped)")] =
                    confusion.GetValueOrDefault((gold.Plover, match is null ? "none" : PloverOf(match.EventCode) ?? "(dropped)")) + 1;
                if (match is null) continue;
                compared++;
                if (gold.Code is not null)
                {
                    codeCompared++;
                    if (goldRoot == codedRoot) root++;
                    if (gold.Code == match.EventCode) full++;
                    if (Quad(gold.Code) is { } gq && gq == Quad(match.EventCode)) quad++;
                }
                if (gold.Plover is not null)
                {
                    ploverCompared++;
                    if (PloverOf(match.EventCode) == gold.Plover) plover++;
                }
                if (set.HasActors && gold.Source is not null && gold.Target is not null)
                {
                    dyadCompared++;
                    if (coded.Any(c => SameCountry(gold.Source, c.SourceCode) && SameCountry(gold.Target, c.TargetCode))) dyadCountry++;
                    if (coded.Any(c => c.SourceCode == gold.Source && c.TargetCode == gold.Target)) dyadRole++;
                }
            }
        }
        return new GoldSetScores(set.Name, dictionaries, records, goldEvents, withEvents, without, tp, fp, fn, compared, codeGold, codeCompared, ploverGold, root, full, quad, ploverCompared, plover,
            dyadCompared, dyadCountry, dyadRole, confusion);
    }

    public static IReadOnlyList<CodedEvent> Code(EventCoder coder, GoldRecord record)
    {
        if (record.Conllu is { } parse)
        {
            try
            {
                var doc = ConlluReader.Read(record.Id, record.Id, parse);
                return coder.Code(doc.Text, doc.Sentences!, record.Id, record.Date).SelectMany(s => s.Events).ToList();
            }
            catch (CodingInputException)
            {
                // A damaged parse in the gold file: fall back to the text.
            }
        }
        return coder.Code(record.Text, record.Id, record.Date).SelectMany(s => s.Events).ToList();
    }

    private static bool SameCountry(string? gold, string coded) =>
        gold is { Length: >= 3 } && coded.Length >= 3 && string.CompareOrdinal(gold, 0, coded, 0, 3) == 0;

    private static QuadClass? Quad(string code) =>
        code.Length >= 2 && int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? QuadRules.Classify(QuadRule.Gdelt, r) : null;

    private static string? PloverOf(string code) => ReferenceData.Codebook.Find(code)?.PloverCategory is { } p && p != "(dropped)" ? p : null;

    public static string Table(IReadOnlyList<GoldSetScores> all)
    {
        static string P(double? v) => v is { } x ? (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";
        var sb = new StringBuilder();
        sb.Append("| gold set | dictionaries | sentences (with/without events) | gold events | coded at all P / R / F1 | root acc. (compared / all) | full code | QuadClass | PLOVER (compared / all) | dyad country | dyad with role |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var s in all)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| {s.Set} | {s.Dictionaries} | {s.Records} ({s.RecordsWithEvents}/{s.RecordsWithout}) | {s.GoldEvents} | {P(s.Precision)} / {P(s.Recall)} / {P(s.F1)} | {P(s.RootAccuracy)} / {P(s.RootAccuracyAll)} | {P(s.FullAccuracy)} | {P(s.QuadAccuracy)} | {P(s.PloverAccuracy)} / {P(s.PloverAccuracyAll)} | {P(s.DyadCountryAccuracy)} ({s.DyadCountryCorrect}/{s.DyadCompared}) | {P(s.DyadRoleAccuracy)} |\n");
        }
        return sb.ToString();
    }

    public static string ConfusionTable(GoldSetScores s, int top = 15)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Most frequent confusions in {s.Set} (gold → coded, count):\n\n| gold | coded | count |\n|---|---|---|\n");
        foreach (var ((g, c), n) in s.Confusion.Where(kv => kv.Key.Gold != kv.Key.Coded).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Gold, StringComparer.Ordinal).Take(top))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {g} | {c} | {n} |\n");
        }
        int correct = s.Confusion.Where(kv => kv.Key.Gold == kv.Key.Coded).Sum(kv => kv.Value);
        sb.Append(CultureInfo.InvariantCulture, $"\n(diagonal — same root/category: {correct})\n");
        return sb.ToString();
    }
}
