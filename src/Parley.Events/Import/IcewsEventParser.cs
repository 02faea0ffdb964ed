using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>
/// One line of an ICEWS event file (tab-separated, with header, <c>NA</c> for missing). Columns
/// are found by header name, so files with reordered or extra columns still import. Countries are
/// names and are resolved to CAMEO codes; <c>Intensity</c> is ICEWS's Goldstein value. Event IDs
/// repeat before 2014, so the ledger key is <c>EventID:YYYY-MM-DD</c>, which is unique.
/// </summary>
public sealed class IcewsEventParser
{
    public static readonly string[] Required =
        ["Event ID", "Event Date", "Source Name", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Country", "Story ID"];

    private readonly int id, date, sourceName, sourceCountry, text, code, intensity, targetName, targetCountry, story, location;
    private readonly CountryTable countries;
    private readonly CameoCodebook codebook;

    private IcewsEventParser(int[] columns, int location, CountryTable countries, CameoCodebook codebook)
    {
        (id, date, sourceName, sourceCountry, text, code, intensity, targetName, targetCountry, story) =
            (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], columns[8], columns[9]);
        this.location = location;
        this.countries = countries;
        this.codebook = codebook;
        ColumnCount = columns.Max() + 1;
    }

    public static EventDataset Dataset => EventDataset.Icews;

    /// <summary>The fewest fields a line needs to reach every required column.</summary>
    public int ColumnCount { get; }

    /// <summary>Reads the header line; null with the missing column names when it is not an ICEWS header.</summary>
    public static IcewsEventParser? FromHeader(IReadOnlyList<string> header, out string? missing)
    {
        var trimmed = header.Select(h => h.Trim().Trim('"')).ToList();
        var columns = Required.Select(name => trimmed.IndexOf(name)).ToArray();
        var absent = Required.Where((_, i) => columns[i] < 0).ToList();
        missing = absent.Count == 0 ? null : string.Join(", ", absent);
        if (absent.Count > 0) return null;
        return new IcewsEventParser(columns, trimmed.IndexOf("Country"), ReferenceData.Countries, ReferenceData.Codebook);
    }

    public LineProblem? Parse<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        if (f.Count < ColumnCount) return new LineProblem("columns", $"expected at least {ColumnCount} tab-separated fields, found {f.Count}");
        var problem = Fill(f, batch, line);
        if (problem is null) batch.CommitRow();
        else batch.AbandonRow();
        return problem;
    }

    private LineProblem? Fill<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        int row = batch.BeginRow(line);
        var eventId = Value(f[id]);
        if (!FieldParsers.AllDigits(eventId) || eventId.Length > 18) return new LineProblem("Event ID", $"{FieldParsers.Quote(f[id])} is not an event id (digits expected)");
        var dateText = Value(f[date]);
        if (!FieldParsers.TryParseIsoDate(dateText, out var eventDate)) return new LineProblem("Event Date", $"{FieldParsers.Quote(f[date])} is not a date YYYY-MM-DD");
        var cameo = Value(f[code]);
        int root = CameoCodebook.RootOf(cameo);
        if (root == 0) return new LineProblem("CAMEO Code", $"{FieldParsers.Quote(f[code])} is not a CAMEO event code");
        double goldstein;
        var intensityText = Value(f[intensity]);
        if (intensityText.IsEmpty)
        {
            goldstein = codebook.Find(cameo)?.GoldsteinIcews ?? double.NaN;
            if (double.IsNaN(goldstein)) return new LineProblem("Intensity", $"missing, and code {cameo} has no ICEWS Goldstein score");
        }
        else if (!FieldParsers.TryParseDouble(intensityText, out goldstein) || goldstein < -10 || goldstein > 10)
        {
            return new LineProblem("Intensity", $"{FieldParsers.Quote(f[intensity])} is not a Goldstein score between -10 and 10");
        }

        Span<char> key = stackalloc char[eventId.Length + 11];
        eventId.CopyTo(key);
        key[eventId.Length] = ':';
        dateText.CopyTo(key[(eventId.Length + 1)..]);
        batch.Set(EventText.EventKey, key);
        batch.Dates[row] = eventDate;
        batch.Set(EventText.SourceName, Value(f[sourceName]));
        batch.Set(EventText.SourceCountry, countries.FindByName(Value(f[sourceCountry]))?.CameoCode);
        batch.Set(EventText.TargetName, Value(f[targetName]));
        batch.Set(EventText.TargetCountry, countries.FindByName(Value(f[targetCountry]))?.CameoCode);
        batch.Set(EventText.CameoCode, cameo);
        batch.Set(EventText.RootCode, cameo[..2]);
        batch.Quads[row] = QuadRules.Classify(QuadRule.Icews, root)!.Value;
        batch.Goldstein[row] = goldstein;
        if (location >= 0) batch.Set(EventText.ActionFips, countries.FindByName(Value(f[location]))?.Fips);
        batch.Set(EventText.Story, Value(f[story]));
        batch.Set(EventText.Description, Value(f[text]));
        return null;
    }

    /// <summary>ICEWS writes missing values as NA (readr's default).</summary>
    private static ReadOnlySpan<char> Value(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s is "NA" ? default : s;
    }
}
