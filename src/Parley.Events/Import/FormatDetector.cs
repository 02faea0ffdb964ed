using System.Text;

namespace Parley.Events.Import;

/// <summary>
/// Tells the format of an events file from its name and first line: YAML by extension; ICEWS by
/// its header; Parley CSV by a comma header naming <c>date</c> and <c>cameo</c>; GDELT by the
/// number of tab-separated fields (57/58 → 1.0 events, 61 → 2.0 events, 16 → 2.0 mentions).
/// </summary>
public static class FormatDetector
{
    private const int MaxProbeChars = 1 << 20;

    /// <summary>The detected format, or null with a reason.</summary>
    public static EventFormat? Detect(InputEntry entry, out string? reason)
    {
        reason = null;
        if (entry.InnerName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || entry.InnerName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return EventFormat.ParleyYaml;
        }
        string? first;
        using (var stream = entry.Open()) first = FirstLine(stream);
        if (first is null)
        {
            reason = "the file is empty";
            return null;
        }
        return FromFirstLine(first, out reason);
    }

    public static EventFormat? FromFirstLine(string first, out string? reason)
    {
        reason = null;
        if (first.StartsWith("events:", StringComparison.Ordinal) || first.StartsWith("- ", StringComparison.Ordinal) || first.StartsWith("---", StringComparison.Ordinal))
        {
            return EventFormat.ParleyYaml;
        }
        var tabs = first.Split('\t');
        if (tabs.Length > 1 && tabs.Any(t => t.Trim('"') == "Event ID") && tabs.Any(t => t.Trim('"') == "CAMEO Code")) return EventFormat.Icews;
        if (tabs.Length == 1)
        {
            var names = first.Split(',').Select(c => c.Trim().Trim('"').ToLowerInvariant()).ToList();
            if (names.Contains("date") && names.Contains("cameo")) return EventFormat.ParleyCsv;
        }
        switch (tabs.Length)
        {
            case 57 or 58: return EventFormat.Gdelt1;
            case 61: return EventFormat.Gdelt2;
            case 16: return EventFormat.Gdelt2Mentions;
        }
        reason = tabs.Length > 1
            ? $"its first line has {tabs.Length} tab-separated fields; GDELT 1.0 has 57 or 58, GDELT 2.0 61, GDELT 2.0 mentions 16"
            : "its first line is neither a GDELT row, an ICEWS header nor a Parley CSV header (with columns date and cameo)";
        return null;
    }

    /// <summary>The first non-blank line, without BOM or line end; reads at most 1 M characters.</summary>
    private static string? FirstLine(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && line.Length < MaxProbeChars)
        {
            if (c == '\n')
            {
                if (line.ToString().Trim().Length > 0) break;
                line.Clear();
                continue;
            }
            if (c != '\r') line.Append((char)c);
        }
        string text = line.ToString();
        return text.Trim().Length == 0 ? null : text;
    }
}
