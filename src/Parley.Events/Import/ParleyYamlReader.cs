using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Events.Import;

/// <summary>
/// Reads a Parley events YAML file item by item (YamlDotNet's event parser, never the whole
/// document as a tree): a top-level <c>events:</c> list, or a bare list, of mappings with the
/// same fields as the CSV format. Each item is a "line" numbered by where it starts.
/// </summary>
internal static class ParleyYamlReader
{
    public static long Read(string file, Stream stream, BadLines bad, ref EventBatch batch, Func<EventBatch, EventBatch> publish, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var parser = new Parser(text);
        long rows = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) throw new EventFileException(file, null, "file", "the file is empty");
            parser.Consume<DocumentStart>();
            if (parser.TryConsume<MappingStart>(out var top))
            {
                bool found = false;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = parser.Consume<Scalar>();
                    if (key.Value != "events")
                    {
                        throw new EventFileException(file, key.Start.Line, key.Value, "unknown top-level key; a Parley events file has one key, 'events', holding a list");
                    }
                    found = true;
                    rows += ReadList(file, parser, bad, ref batch, publish, cancellationToken);
                }
                if (!found) throw new EventFileException(file, top.Start.Line, "events", "missing; list the events under 'events:'");
            }
            else
            {
                rows += ReadList(file, parser, bad, ref batch, publish, cancellationToken);
            }
        }
        catch (YamlException e)
        {
            throw new EventFileException(file, e.Start.Line, "yaml", e.Message, e);
        }
        catch (InvalidOperationException e) when (e.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken plain
            // scalars (found by fuzzing; the scenario reader handles the same case).
            throw new EventFileException(file, null, "yaml", "the YAML does not parse (a broken plain value or key)", e);
        }
        return rows;
    }

    private static long ReadList(string file, IParser parser, BadLines bad, ref EventBatch batch, Func<EventBatch, EventBatch> publish, CancellationToken cancellationToken)
    {
        if (!parser.TryConsume<SequenceStart>(out _))
        {
            var at = parser.Current;
            throw new EventFileException(file, at?.Start.Line, "events", "expected a list of events (items starting with '- ')");
        }
        long rows = 0;
        var values = new string?[ParleyEventParser.Columns.Length];
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            long line = parser.Current?.Start.Line ?? 0;
            var problem = ReadItem(parser, values);
            if (problem is null)
            {
                problem = ParleyEventParser.Instance.Parse(new StringFields(values), batch, line);
                if (problem is null && batch.IsFull) batch = publish(batch);
            }
            if (problem is { } p) bad.Add(line, p);
        }
        return rows;
    }

    /// <summary>Reads one list item into <paramref name="values"/> (canonical order); a problem leaves the parser after the item.</summary>
    private static LineProblem? ReadItem(IParser parser, string?[] values)
    {
        Array.Clear(values);
        if (!parser.TryConsume<MappingStart>(out _))
        {
            parser.SkipThisAndNestedEvents();
            return new LineProblem("item", "each event is a mapping of fields (date:, source:, target:, cameo:, ...)");
        }
        LineProblem? problem = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                problem ??= new LineProblem("item", "field names must be plain words");
                continue;
            }
            int index = Array.IndexOf(ParleyEventParser.Columns, key.Value);
            if (!parser.TryConsume<Scalar>(out var value))
            {
                parser.SkipThisAndNestedEvents();
                problem ??= new LineProblem(key.Value, "must be a single value, not a list or mapping");
                continue;
            }
            if (index < 0) problem ??= new LineProblem(key.Value, $"unknown field; the fields are {string.Join(", ", ParleyEventParser.Columns)}");
            else if (values[index] is not null) problem ??= new LineProblem(key.Value, "appears twice");
            else values[index] = value.Value;
        }
        return problem;
    }
}
