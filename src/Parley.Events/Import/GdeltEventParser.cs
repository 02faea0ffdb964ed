using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>
/// One line of a GDELT event export: 1.0 files have 57 columns (backfiles to March 2013) or 58
/// (daily files, with SOURCEURL); 2.0 files have 61 (ADM2 codes inserted after each ADM1). The
/// QuadClass and GoldsteinScale of the file are kept: they are GDELT's own values.
/// </summary>
public sealed class GdeltEventParser
{
    private const int Id = 0, SqlDate = 1, Actor1Code = 5, Actor1Name = 6, Actor1Country = 7,
        Actor2Code = 15, Actor2Name = 16, Actor2Country = 17, IsRoot = 25, EventCode = 26,
        Quad = 29, Goldstein = 30, Mentions = 31, Sources = 32, Articles = 33, Tone = 34;

    private readonly int actionCountry;
    private readonly int sourceUrl;

    private GdeltEventParser(bool version2)
    {
        Version2 = version2;
        actionCountry = version2 ? 53 : 51;
        sourceUrl = version2 ? 60 : 57;
    }

    public static GdeltEventParser Version1 { get; } = new(false);

    public static GdeltEventParser Version2Parser { get; } = new(true);

    public bool Version2 { get; }

    public EventDataset Dataset => Version2 ? EventDataset.Gdelt2 : EventDataset.Gdelt1;

    /// <summary>Parses one line into the next row of <paramref name="batch"/>; on a problem the row is abandoned.</summary>
    public LineProblem? Parse<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        int n = f.Count;
        if (Version2 ? n != 61 : n is not (57 or 58))
        {
            return new LineProblem("columns", $"expected {(Version2 ? "61" : "57 or 58")} tab-separated fields, found {n}");
        }
        var problem = Fill(f, batch, line);
        if (problem is null) batch.CommitRow();
        else batch.AbandonRow();
        return problem;
    }

    private LineProblem? Fill<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        int row = batch.BeginRow(line);
        var id = f[Id];
        if (!FieldParsers.AllDigits(id) || id.Length > 18) return new LineProblem("GLOBALEVENTID", $"{FieldParsers.Quote(id)} is not an event id (digits expected)");
        if (!FieldParsers.TryParseCompactDate(f[SqlDate], out var date) || f[SqlDate].Length != 8)
        {
            return new LineProblem("SQLDATE", $"{FieldParsers.Quote(f[SqlDate])} is not a date YYYYMMDD");
        }
        var code = f[EventCode];
        if (CameoCodebook.RootOf(code) == 0) return new LineProblem("EventCode", $"{FieldParsers.Quote(code)} is not a CAMEO event code");
        var quadText = f[Quad];
        if (quadText.Length != 1 || quadText[0] < '1' || quadText[0] > '4') return new LineProblem("QuadClass", $"{FieldParsers.Quote(quadText)} is not a QuadClass 1-4");
        if (!FieldParsers.TryParseDouble(f[Goldstein], out double goldstein) || goldstein < -10 || goldstein > 10)
        {
            return new LineProblem("GoldsteinScale", $"{FieldParsers.Quote(f[Goldstein])} is not a Goldstein score between -10 and 10");
        }
        var isRoot = f[IsRoot];
        if (isRoot is not ("0" or "1")) return new LineProblem("IsRootEvent", $"{FieldParsers.Quote(isRoot)} is not 0 or 1");
        if (!TryCount(f[Mentions], out int mentions)) return new LineProblem("NumMentions", $"{FieldParsers.Quote(f[Mentions])} is not a count");
        if (!TryCount(f[Sources], out int sources)) return new LineProblem("NumSources", $"{FieldParsers.Quote(f[Sources])} is not a count");
        if (!TryCount(f[Articles], out int articles)) return new LineProblem("NumArticles", $"{FieldParsers.Quote(f[Articles])} is not a count");
        double tone = double.NaN;
        if (!f[Tone].IsEmpty && !FieldParsers.TryParseDouble(f[Tone], out tone)) return new LineProblem("AvgTone", $"{FieldParsers.Quote(f[Tone])} is not a number");

        batch.Set(EventText.EventKey, id);
        batch.Dates[row] = date;
        batch.Set(EventText.SourceCode, f[Actor1Code]);
        batch.Set(EventText.SourceName, f[Actor1Name]);
        batch.Set(EventText.SourceCountry, f[Actor1Country]);
        batch.Set(EventText.TargetCode, f[Actor2Code]);
        batch.Set(EventText.TargetName, f[Actor2Name]);
        batch.Set(EventText.TargetCountry, f[Actor2Country]);
        batch.Set(EventText.CameoCode, code);
        batch.Set(EventText.RootCode, code[..2]);
        batch.Quads[row] = (QuadClass)(quadText[0] - '0');
        batch.Goldstein[row] = goldstein;
        batch.NumMentions[row] = mentions;
        batch.NumSources[row] = sources;
        batch.NumArticles[row] = articles;
        batch.AvgTone[row] = tone;
        batch.IsRootEvent[row] = (sbyte)(isRoot[0] - '0');
        batch.Set(EventText.ActionFips, f[actionCountry]);
        if (f.Count > sourceUrl) batch.Set(EventText.Story, f[sourceUrl]);
        return null;
    }

    private static bool TryCount(ReadOnlySpan<char> s, out int value)
    {
        value = -1;
        if (s.IsEmpty) return true;
        return FieldParsers.TryParseInt(s, out value) && value >= 0;
    }
}
