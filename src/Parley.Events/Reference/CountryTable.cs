namespace Parley.Events.Reference;

/// <summary>
/// Resolves whatever an analyst or a dataset writes for a country to its CAMEO code: the code
/// itself (<c>PRK</c>), ISO alpha-3 where it differs (<c>ROU</c> → ROM), FIPS 10-4 (<c>KN</c>),
/// or a name ("North Korea", "Korea, North", "DPRK", ICEWS's "Russian Federation").
/// Two-letter codes are read as FIPS, the geography code of GDELT, not as ISO alpha-2.
/// </summary>
public sealed class CountryTable
{
    private readonly Dictionary<string, Country> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> byFips = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> codeSpan;
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> nameSpan;

    public CountryTable(IEnumerable<Country> countries, IEnumerable<KeyValuePair<string, string>> aliases)
    {
        foreach (var c in countries)
        {
            byCode[c.CameoCode] = c;
            if (c.Fips is { Length: > 0 } fips) byFips[fips] = c;
        }
        foreach (var c in byCode.Values)
        {
            byName.TryAdd(c.Name, c);
            if (c.CameoLabel is { Length: > 0 } label) byName.TryAdd(label, c);
            if (c.Iso3 is { Length: > 0 } iso3 && iso3 != c.CameoCode) byName.TryAdd(iso3, c);
        }
        foreach (var (alias, code) in aliases)
        {
            if (!byCode.TryGetValue(code, out var c)) throw new InvalidDataException($"country alias '{alias}' points to unknown code '{code}'");
            byName[alias] = c;
        }
        codeSpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        nameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        All = byCode.Values.OrderBy(c => c.CameoCode, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<Country> All { get; }

    /// <summary>Exact CAMEO code (as in GDELT's Actor1CountryCode).</summary>
    public Country? FindByCode(ReadOnlySpan<char> code) => codeSpan.TryGetValue(code, out var c) ? c : null;

    /// <summary>A name, CAMEO label or alias, ignoring case (as in ICEWS's Source Country).</summary>
    public Country? FindByName(ReadOnlySpan<char> name) => nameSpan.TryGetValue(name, out var c) ? c : null;

    public Country? FindByFips(string fips) => byFips.GetValueOrDefault(fips);

    /// <summary>Whatever the user typed: code, FIPS (two letters), ISO alpha-3 or name.</summary>
    public Country? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string t = text.Trim();
        if (t.Length == 3 && byCode.TryGetValue(t.ToUpperInvariant(), out var code)) return code;
        if (t.Length == 2) return byFips.GetValueOrDefault(t);
        return byName.GetValueOrDefault(t);
    }
}
