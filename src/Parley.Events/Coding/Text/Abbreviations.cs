namespace Parley.Events.Coding.Text;

/// <summary>Words whose final dot does not end a sentence: titles, months, dotted initials.</summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov",
        "pres", "amb", "st", "jr", "sr", "rev", "hon", "no", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx",
    };

    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        // Single initials (J.) and dotted runs (U.S, U.N) are abbreviations.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.'))
        {
            foreach (var c in word) if (!(char.IsLetter(c) || c == '.')) return false;
            return true;
        }
        return Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
