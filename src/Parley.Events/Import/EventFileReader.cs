using nietras.SeparatedValues;

namespace Parley.Events.Import;

/// <summary>
/// Streams one input entry through its line parser into batches: Sep for the separated formats,
/// YamlDotNet's event parser for YAML. Bad lines go to <see cref="BadLines"/>; problems with the
/// file as a whole throw <see cref="EventFileException"/>.
/// </summary>
internal static class EventFileReader
{
    /// <summary>Parses events; returns the number of data lines read (header and blank lines excluded).</summary>
    public static long ProduceEvents(InputEntry entry, EventFormat format, BadLines bad, EventBatch batch,
        Func<EventBatch, EventBatch> publish, CancellationToken cancellationToken)
    {
        using var stream = entry.Open();
        long rows = format switch
        {
            EventFormat.ParleyYaml => ParleyYamlReader.Read(entry.Display, stream, bad, ref batch, publish, cancellationToken),
            EventFormat.ParleyCsv => ParleyCsv(entry.Display, stream, bad, ref batch, publish, cancellationToken),
            _ => Tsv(entry.Display, stream, format, bad, ref batch, publish, cancellationToken),
        };
        if (batch.Count > 0) publish(batch);
        return rows;
    }

    public static long ProduceMentions(InputEntry entry, BadLines bad, MentionBatch batch,
        Func<MentionBatch, MentionBatch> publish, CancellationToken cancellationToken)
    {
        using var stream = entry.Open();
        using var reader = Open(stream, '\t', quotes: false, entry.Display);
        long rows = 0;
        var parser = GdeltMentionParser.Instance;
        foreach (var row in reader)
        {
            if (IsBlank(row)) continue;
            rows++;
            long line = LineOf(row);
            if (parser.Parse(new SepFields(row), batch, line) is { } problem) bad.Add(line, problem);
            else if (batch.IsFull) batch = publish(batch);
            if ((rows & 0x3FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        if (batch.Count > 0) publish(batch);
        return rows;
    }

    private static long Tsv(string file, Stream stream, EventFormat format, BadLines bad, ref EventBatch batch,
        Func<EventBatch, EventBatch> publish, CancellationToken cancellationToken)
    {
        // ICEWS (written by readr) may quote a field; GDELT never quotes, and a stray quote in a
        // GDELT name must not swallow the following lines.
        bool icews = format == EventFormat.Icews;
        using var reader = Open(stream, '\t', quotes: icews, file);
        IcewsEventParser? icewsParser = null;
        var gdelt = format == EventFormat.Gdelt2 ? GdeltEventParser.Version2Parser : GdeltEventParser.Version1;
        long rows = 0;
        foreach (var row in reader)
        {
            if (IsBlank(row)) continue;
            long line = LineOf(row);
            if (icews && icewsParser is null)
            {
                var header = new string[row.ColCount];
                for (int i = 0; i < header.Length; i++) header[i] = row[i].ToString();
                icewsParser = IcewsEventParser.FromHeader(header, out var missing)
                    ?? throw new EventFileException(file, line, "header", $"not an ICEWS header: missing column(s) {missing}");
                continue;
            }
            rows++;
            var fields = new SepFields(row);
            var problem = icews ? icewsParser!.Parse(fields, batch, line) : gdelt.Parse(fields, batch, line);
            if (problem is { } p) bad.Add(line, p);
            else if (batch.IsFull) batch = publish(batch);
            if ((rows & 0x3FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        return rows;
    }

    private static long ParleyCsv(string file, Stream stream, BadLines bad, ref EventBatch batch,
        Func<EventBatch, EventBatch> publish, CancellationToken cancellationToken)
    {
        using var reader = Open(stream, ',', quotes: true, file);
        int[]? map = null;
        int headerCount = 0;
        long rows = 0;
        var parser = ParleyEventParser.Instance;
        foreach (var row in reader)
        {
            if (IsBlank(row)) continue;
            long line = LineOf(row);
            if (map is null)
            {
                headerCount = row.ColCount;
                map = HeaderMap(file, line, row);
                continue;
            }
            rows++;
            if (row.ColCount != headerCount)
            {
                bad.Add(line, new LineProblem("columns", $"expected {headerCount} comma-separated fields like the header, found {row.ColCount} (quote fields that contain commas)"));
                continue;
            }
            if (parser.Parse(new MappedFields(row, map), batch, line) is { } problem) bad.Add(line, problem);
            else if (batch.IsFull) batch = publish(batch);
            if ((rows & 0x3FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        if (map is null) throw new EventFileException(file, null, "header", "the file is empty");
        return rows;
    }

    private static int[] HeaderMap(string file, long line, SepReader.Row header)
    {
        var map = Enumerable.Repeat(-1, ParleyEventParser.Columns.Length).ToArray();
        for (int i = 0; i < header.ColCount; i++)
        {
            string name = header[i].ToString().Trim().ToLowerInvariant();
            int canonical = Array.IndexOf(ParleyEventParser.Columns, name);
            if (canonical < 0)
            {
                throw new EventFileException(file, line, "header", $"unknown column '{name}'; the columns are {string.Join(", ", ParleyEventParser.Columns)}");
            }
            if (map[canonical] >= 0) throw new EventFileException(file, line, "header", $"column '{name}' appears twice");
            map[canonical] = i;
        }
        var missing = ParleyEventParser.RequiredColumns.Where(c => map[Array.IndexOf(ParleyEventParser.Columns, c)] < 0).ToList();
        if (missing.Count > 0) throw new EventFileException(file, line, "header", $"missing column(s) {string.Join(", ", missing)}");
        return map;
    }

    private static SepReader Open(Stream stream, char separator, bool quotes, string file)
    {
        try
        {
            return Sep.New(separator).Reader(o => o with
            {
                HasHeader = false,
                DisableColCountCheck = true,
                DisableQuotesParsing = !quotes,
                Unescape = quotes,
            }).From(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new EventFileException(file, null, "file", e.Message, e);
        }
    }

    /// <summary>The 1-based line where the row starts. Sep 0.17 reports 2 for the first row when there is no header row.</summary>
    private static long LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().IsEmpty;
}
