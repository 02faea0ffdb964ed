using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Events.Coding.Input;

namespace Parley.Events.Coding.Validation;

/// <summary>
/// Reads the gold sets: PETRARCH validation XML (unit-test records, PETR-2 GSR with CoNLL-U
/// parses), the PLOVER GSR JSON, and the CAMEO manual examples (ICEWS codebook CSV, column example).
/// </summary>
public static class GoldSetReader
{
    public static GoldSet Read(string path)
    {
        if (!File.Exists(path)) throw new CodingInputException(path, null, "no such gold file", rule: CodingRules.FileNotFound);
        string name = Path.GetFileName(path);
        try
        {
            if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) return ReadPetrarch(path, name);
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return ReadPlover(path, name);
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return ReadCameoManual(path, name);
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException or RegexMatchTimeoutException)
        {
            throw new CodingInputException(path, null, $"cannot read the gold set: {e.Message}", e, CodingRules.MalformedGoldSet);
        }
        throw new CodingInputException(path, null, "a gold set is PETRARCH XML (.xml), PLOVER GSR JSON (.json) or the CAMEO codebook CSV (.csv)", rule: CodingRules.MalformedGoldSet);
    }

    /// <summary>
    /// PETRARCH validation files are XML-like but not well-formed (the GSR file self-closes
    /// &lt;Sentence/&gt; and closes it again), so records are read by their tags, as PETRARCH's own reader does.
    /// </summary>
    private static GoldSet ReadPetrarch(string path, string name)
    {
        string content = File.ReadAllText(path);
        var records = new List<GoldRecord>();
        var starts = Regex.Matches(content, @"<Sentence\s[^>]*>").Cast<Match>().ToList();
        if (starts.Count == 0) throw new FormatException("no <Sentence> record found");
        for (int i = 0; i < starts.Count; i++)
        {
            var head = starts[i];
            int end = i + 1 < starts.Count ? starts[i + 1].Index : content.Length;
            string body = content[(head.Index + head.Length)..end];
            string id = Attribute(head.Value, "id") ?? $"#{i + 1}";
            if (Attribute(head.Value, "evaluate") == "false") continue;
            var date = DateOnly.TryParseExact(Attribute(head.Value, "date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : new DateOnly(2000, 1, 1);
            var events = new List<GoldEvent>();
            foreach (Match coding in Regex.Matches(body, @"<EventCoding\s[^>]*>"))
            {
                if (Attribute(coding.Value, "noevents") is "True" or "true") continue;
                events.Add(new GoldEvent(Attribute(coding.Value, "sourcecode"), Attribute(coding.Value, "targetcode"), Attribute(coding.Value, "eventcode"), null));
            }
            var text = Regex.Match(body, @"<Text>(.*?)</Text>", RegexOptions.Singleline);
            if (!text.Success) continue;
            var parse = Regex.Match(body, @"<Parse>(.*?)</Parse>", RegexOptions.Singleline);
            string? conllu = parse.Success && ConlluReader.LooksLikeConllu(parse.Groups[1].Value.Trim()) ? parse.Groups[1].Value.Trim() : null;
            records.Add(new GoldRecord(id, Attribute(head.Value, "category") ?? "", date, Normalise(System.Net.WebUtility.HtmlDecode(text.Groups[1].Value)), conllu, events));
        }
        return new GoldSet(name, records, HasActors: true, PloverOnly: false);
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, name + @"\s*=\s*""([^""]*)""");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static GoldSet ReadPlover(string path, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var records = new List<GoldRecord>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            string ev = r.GetProperty("event").GetString() ?? "";
            if (ev == "DOCUMENT" || !r.TryGetProperty("text", out var text)) continue;
            var date = r.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : new DateOnly(2000, 1, 1);
            var sources = Codes(r, "source");
            var targets = Codes(r, "target");
            var events = new List<GoldEvent>();
            foreach (var s in sources.DefaultIfEmpty(null))
            foreach (var t in targets.DefaultIfEmpty(null))
                events.Add(new GoldEvent(s, t, null, PloverNames.To2021(ev)));
            records.Add(new GoldRecord(r.GetProperty("id").GetString() ?? "", ev, date, text.GetString() ?? "", null, events));
        }
        return new GoldSet(name, records, HasActors: true, PloverOnly: true);
    }

    private static List<string?> Codes(JsonElement r, string field)
    {
        var list = new List<string?>();
        if (!r.TryGetProperty(field, out var arr) || arr.ValueKind != JsonValueKind.Array) return list;
        foreach (var a in arr.EnumerateArray())
        {
            string? code = a.TryGetProperty("code", out var c) ? c.GetString() : null;
            string? sector = a.TryGetProperty("sector", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (!string.IsNullOrEmpty(code)) list.Add(code + (sector ?? ""));
        }
        return list;
    }

    private static GoldSet ReadCameoManual(string path, string name)
    {
        var records = new List<GoldRecord>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = SplitCsv(lines[0]);
        int codeCol = header.IndexOf("code"), exampleCol = header.IndexOf("example");
        if (codeCol < 0 || exampleCol < 0) throw new FormatException("the CSV needs the columns 'code' and 'example'");
        for (int i = 1; i < lines.Length; i++)
        {
            var f = SplitCsv(lines[i]);
            if (f.Count <= Math.Max(codeCol, exampleCol)) continue;
            string example = f[exampleCol].Trim();
            if (example.Length == 0 || example == "NA") continue;
            records.Add(new GoldRecord($"CAMEO-{f[codeCol]}", f[codeCol], new DateOnly(2000, 1, 1), example, null, [new GoldEvent(null, null, f[codeCol], null)]));
        }
        return new GoldSet(name, records, HasActors: false, PloverOnly: false);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}

/// <summary>PLOVER 0.5b1 labels of the 2016 gold set in the 2021 manual's terms (DEMAND → REQUEST, …).</summary>
public static class PloverNames
{
    public static string To2021(string label) => label.ToUpperInvariant() switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        var other => other,
    };
}
