using System.Globalization;

namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// Actors of the PETRARCH/Phoenix actor dictionaries: an entry line (NAME, optionally with its
/// code), synonym lines ("+NAME") and code lines ("[CODE]", "[CODE yymmdd-yymmdd]", "[CODE &gt;yymmdd]",
/// "[CODE &lt;yymmdd]"). Words are joined by '_' (or spaces in the validation dictionaries).
/// </summary>
public sealed class ActorDictionary
{
    public PhraseTrie<ActorEntry> Phrases { get; } = new();

    public int EntryCount { get; private set; }

    public void Load(TextReader reader, string source)
    {
        string? name = null;
        int nameLine = 0;
        var synonyms = new List<string>();
        var codes = new List<DatedCode>();

        void Flush()
        {
            if (name is not null && codes.Count > 0)
            {
                var entry = new ActorEntry(name.Trim('_', ' '), source, nameLine, codes.ToArray());
                Phrases.Add(DictionaryText.Words(name), entry);
                foreach (var s in synonyms) Phrases.Add(DictionaryText.Words(s), entry);
                EntryCount++;
            }
            name = null;
            synonyms.Clear();
            codes.Clear();
        }

        foreach (var (line, raw) in DictionaryText.Lines(reader))
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            if (text[0] == '+')
            {
                if (name is not null) synonyms.Add(StripCodes(text[1..], codes));
                continue;
            }
            if (text[0] == '[')
            {
                if (name is not null) StripCodes(text, codes);
                continue;
            }
            if (text[0] is '&' or '!' or '<' or '=') continue;
            // A new entry: a code on the same line may follow the name.
            Flush();
            name = StripCodes(text, codes);
            nameLine = line;
        }
        Flush();
    }

    /// <summary>Removes "[...]" groups from a line, adding the codes they hold; returns the rest.</summary>
    private static string StripCodes(string text, List<DatedCode> codes)
    {
        int open = text.IndexOf('[');
        if (open < 0) return text.Trim();
        int close = text.IndexOf(']', open);
        if (close < 0) return text[..open].Trim();
        var inside = text[(open + 1)..close].Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
        if (inside.Length > 0 && inside[0] != "---")
        {
            DateOnly? from = null, to = null;
            if (inside.Length > 1)
            {
                var range = inside[1];
                if (range[0] == '>') from = Date(range[1..]);
                else if (range[0] == '<') to = Date(range[1..]);
                else if (range.Split('-') is [var a, var b]) { from = Date(a); to = Date(b); }
            }
            if (inside.Length == 1 || from is not null || to is not null) codes.Add(new DatedCode(inside[0].Trim('~'), from, to));
        }
        return (text[..open] + " " + StripCodes(text[(close + 1)..], codes)).Trim();
    }

    /// <summary>yymmdd with the PETRARCH convention: years up to 30 are 20xx.</summary>
    private static DateOnly? Date(string yymmdd)
    {
        if (yymmdd.Length != 6 || !int.TryParse(yymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out int v)) return null;
        int yy = v / 10000, mm = v / 100 % 100, dd = v % 100;
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        if (mm is < 1 or > 12) return null;
        dd = Math.Clamp(dd, 1, DateTime.DaysInMonth(year, mm));
        return new DateOnly(year, mm, dd);
    }
}
