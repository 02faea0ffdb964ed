using System.Globalization;

namespace Parley.Events.Reference;

/// <summary>
/// Every CAMEO event code with its labels, Goldstein scores and root, loaded from the shipped
/// <c>cameo_event_codes_merged.tsv</c> (GDELT lookup ∪ ICEWS codebook; see Data/README.md).
/// </summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoEventCode> byCode;
    private readonly Dictionary<string, CameoEventCode>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public CameoCodebook(IEnumerable<CameoEventCode> codes)
    {
        byCode = new Dictionary<string, CameoEventCode>(StringComparer.Ordinal);
        foreach (var code in codes) byCode[code.Code] = code;
        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        Codes = byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<CameoEventCode> Codes { get; }

    public CameoEventCode? Find(ReadOnlySpan<char> code) => bySpan.TryGetValue(code, out var found) ? found : null;

    public CameoEventCode? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The root (1..20) of a well-formed CAMEO code: two to four ASCII digits whose first two are
    /// 01..20. Returns 0 for anything else (junk such as <c>13y</c>, <c>42</c> without its zero).
    /// </summary>
    public static int RootOf(ReadOnlySpan<char> code)
    {
        if (code.Length < 2 || code.Length > 4) return 0;
        foreach (char c in code)
        {
            if (c < '0' || c > '9') return 0;
        }
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        return root is >= 1 and <= 20 ? root : 0;
    }

    internal static CameoCodebook Parse(TextReader reader)
    {
        string? header = reader.ReadLine() ?? throw new InvalidDataException("empty CAMEO code table");
        var columns = header.Split('\t');
        int Col(string name) => Array.IndexOf(columns, name) is var i and >= 0 ? i : throw new InvalidDataException($"CAMEO code table lacks column '{name}'");
        int code = Col("code"), root = Col("root_code"), level = Col("level"), gdeltName = Col("name_gdelt_lookup"),
            name = Col("name_cameo_1_1b3_icews"), gg = Col("goldstein_gdelt"), gi = Col("goldstein_icews"), plover = Col("plover_category");
        var codes = new List<CameoEventCode>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            string label = f[name].Length > 0 ? f[name] : f[gdeltName];
            codes.Add(new CameoEventCode(f[code], f[root], int.Parse(f[level], CultureInfo.InvariantCulture), label,
                NullIfEmpty(f[gdeltName]), ParseScore(f[gg]), ParseScore(f[gi]), NullIfEmpty(f[plover])));
        }
        return new CameoCodebook(codes);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static double? ParseScore(string s) => s.Length == 0 ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
