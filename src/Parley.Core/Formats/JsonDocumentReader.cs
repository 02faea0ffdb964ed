using System.Text;
using System.Text.Json;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Reads JSON into a <see cref="DocumentNode"/> tree with System.Text.Json's reader, recording
/// each token's line and column (computed from its byte offset) so that later checks can point
/// into the file. Strict JSON: no comments, no trailing commas, no NaN literals.
/// </summary>
internal static class JsonDocumentReader
{
    public static DocumentNode? Read(ReadOnlySpan<byte> utf8, ProblemList problems)
    {
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = YamlDocumentReader.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                problems.AddGeneral(Rules.MalformedJson, "the file holds no JSON value");
                return null;
            }
            var root = ReadValue(ref reader, lines, utf8, problems);
            if (reader.Read())
            {
                problems.AddGeneral(Rules.MalformedJson, "unexpected content after the JSON value", lines.Locate(reader.TokenStartIndex, utf8));
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            var location = e.LineNumber is { } line ? new SourceLocation((int)line + 1, (int)(e.BytePositionInLine ?? 0) + 1) : (SourceLocation?)null;
            problems.AddGeneral(Rules.MalformedJson, CleanMessage(e.Message), location);
            return null;
        }
    }

    private static DocumentNode ReadValue(ref Utf8JsonReader reader, LineIndex lines, ReadOnlySpan<byte> utf8, ProblemList problems)
    {
        var location = lines.Locate(reader.TokenStartIndex, utf8);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyLocation = lines.Locate(reader.TokenStartIndex, utf8);
                    string name = reader.GetString()!;
                    if (!keys.Add(name)) problems.AddGeneral(Rules.DuplicateKey, $"key '{name}' appears twice in the same object", keyLocation);
                    reader.Read();
                    var value = ReadValue(ref reader, lines, utf8, problems);
                    entries.Add(new(new ScalarNode(name, ScalarStyle.Text, keyLocation), value));
                }
                return new MappingNode(entries, location);
            }
            case JsonTokenType.StartArray:
            {
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, utf8, problems));
                }
                return new SequenceNode(items, location);
            }
            case JsonTokenType.String:
                return new ScalarNode(reader.GetString()!, ScalarStyle.Text, location);
            case JsonTokenType.Number:
                return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarStyle.Number, location);
            case JsonTokenType.True:
                return new ScalarNode("true", ScalarStyle.Boolean, location);
            case JsonTokenType.False:
                return new ScalarNode("false", ScalarStyle.Boolean, location);
            default:
                return new ScalarNode("", ScalarStyle.Null, location);
        }
    }

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 4."; we report the location ourselves.
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        if (text.Contains("trailing comma", StringComparison.OrdinalIgnoreCase)) return "trailing comma after the last element (JSON does not allow one)";
        if (text.Contains("comment", StringComparison.OrdinalIgnoreCase)) return "comments are not allowed in JSON";
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "malformed JSON";
    }

    /// <summary>Byte offsets of line starts, to turn a token's offset into line and column.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n') starts.Add(i + 1);
            }
        }

        public SourceLocation Locate(long offset, ReadOnlySpan<byte> utf8)
        {
            int index = starts.BinarySearch((int)offset);
            int line = index >= 0 ? index : ~index - 1;
            int start = starts[line];
            // Columns count characters, not bytes, so that editors agree with us on non-ASCII lines.
            int column = Encoding.UTF8.GetCharCount(utf8.Slice(start, (int)offset - start)) + 1;
            return new SourceLocation(line + 1, column);
        }
    }
}
