using Parley.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Core.Formats;

/// <summary>
/// Reads YAML into a <see cref="DocumentNode"/> tree from YamlDotNet's event stream (not its object
/// model, which throws on duplicate keys and loses nothing we need). Iterative, with caps on depth
/// and on nodes reached through aliases, so hostile input cannot exhaust the stack or memory.
/// </summary>
internal static class YamlDocumentReader
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 5_000_000;

    public static DocumentNode? Read(string text, ProblemList problems)
    {
        try
        {
            return ReadCore(text, problems);
        }
        catch (YamlException e)
        {
            problems.AddGeneral(Rules.MalformedYaml, Clean(e.Message), ToLocation(e.Start));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's parser occasionally fails on broken input with a plain exception instead
            // of a YamlException (seen with an unclosed flow sequence inside a flow mapping).
            problems.AddGeneral(Rules.MalformedYaml, "the YAML is malformed near here (check brackets, quotes and indentation)", lastLocation.Value);
            return null;
        }
    }

    // Where the parser last got to, for errors YamlDotNet reports without a location.
    private static readonly ThreadLocal<SourceLocation> lastLocation = new(() => new SourceLocation(1, 1));

    private static DocumentNode? ReadCore(string text, ProblemList problems)
    {
        lastLocation.Value = new SourceLocation(1, 1);
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        // Expanded size of each finished collection, so an alias costs O(1) to count ("billion laughs").
        var sizes = new Dictionary<DocumentNode, long>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Builder>();
        DocumentNode? root = null;
        int documents = 0;
        long nodes = 0;

        parser.Consume<StreamStart>();
        while (!parser.TryConsume<StreamEnd>(out _))
        {
            if (parser.TryConsume<DocumentStart>(out var docStart))
            {
                documents++;
                if (documents > 1)
                {
                    problems.AddGeneral(Rules.MalformedYaml, "the file holds more than one YAML document; a scenario is one document", ToLocation(docStart.Start));
                    return null;
                }
                continue;
            }
            if (parser.TryConsume<DocumentEnd>(out _)) continue;

            var evt = parser.Consume<ParsingEvent>();
            lastLocation.Value = ToLocation(evt.Start);
            DocumentNode? completed = null;
            switch (evt)
            {
                case Scalar scalar:
                    completed = ToScalar(scalar);
                    Remember(anchors, scalar.Anchor, completed);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out completed))
                    {
                        problems.AddGeneral(Rules.MalformedYaml, $"alias *{alias.Value.Value} refers to no anchor", ToLocation(alias.Start));
                        return null;
                    }
                    long aliasSize = sizes.TryGetValue(completed, out var known) ? known : 1;
                    nodes += aliasSize - 1;
                    if (stack.Count > 0) stack.Peek().Size += aliasSize - 1;
                    break;
                case SequenceStart seq:
                    if (stack.Count >= MaxDepth) { problems.AddGeneral(Rules.TooDeep, $"nesting deeper than {MaxDepth} levels", ToLocation(seq.Start)); return null; }
                    stack.Push(new Builder(ToLocation(seq.Start), seq.Anchor.IsEmpty ? null : seq.Anchor.Value, isMapping: false));
                    continue;
                case MappingStart map:
                    if (stack.Count >= MaxDepth) { problems.AddGeneral(Rules.TooDeep, $"nesting deeper than {MaxDepth} levels", ToLocation(map.Start)); return null; }
                    stack.Push(new Builder(ToLocation(map.Start), map.Anchor.IsEmpty ? null : map.Anchor.Value, isMapping: true));
                    continue;
                case SequenceEnd:
                case MappingEnd:
                    var builder = stack.Pop();
                    completed = builder.Build();
                    sizes[completed] = builder.Size;
                    if (stack.Count > 0) stack.Peek().Size += builder.Size - 1;
                    if (builder.Anchor is not null) anchors[builder.Anchor] = completed;
                    break;
                default:
                    continue;
            }

            if (++nodes > MaxNodes)
            {
                problems.AddGeneral(Rules.TooManyNodes, $"more than {MaxNodes:N0} values (counting those reached through aliases)", completed.Location);
                return null;
            }

            if (stack.Count == 0)
            {
                root = completed;
            }
            else if (!stack.Peek().Add(completed, problems))
            {
                return null;
            }
        }
        return root;
    }

    private static ScalarNode ToScalar(Scalar scalar)
    {
        var location = ToLocation(scalar.Start);
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Plain)
        {
            bool isNull = scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL";
            return new ScalarNode(scalar.Value, isNull ? ScalarStyle.Null : ScalarStyle.Plain, location);
        }
        return new ScalarNode(scalar.Value, ScalarStyle.Text, location);
    }

    private static void Remember(Dictionary<string, DocumentNode> anchors, AnchorName anchor, DocumentNode node)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
    }

    internal static SourceLocation ToLocation(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; we report the location ourselves.
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.') : "malformed YAML";
    }

    private sealed class Builder(SourceLocation location, string? anchor, bool isMapping)
    {
        private readonly List<DocumentNode> items = [];
        private readonly List<KeyValuePair<ScalarNode, DocumentNode>> entries = [];
        private readonly HashSet<string> keys = new(StringComparer.Ordinal);
        private ScalarNode? pendingKey;

        public string? Anchor => anchor;

        /// <summary>Nodes in this subtree, counting alias targets in full.</summary>
        public long Size { get; set; } = 1;

        public bool Add(DocumentNode node, ProblemList problems)
        {
            Size++;
            if (!isMapping)
            {
                items.Add(node);
                return true;
            }
            if (pendingKey is null)
            {
                if (node is not ScalarNode key)
                {
                    problems.AddGeneral(Rules.MalformedYaml, "a mapping key must be a plain value, not " + node.Kind, node.Location);
                    return false;
                }
                if (!keys.Add(key.Text))
                {
                    problems.AddGeneral(Rules.DuplicateKey, $"key '{key.Text}' appears twice in the same mapping", key.Location);
                }
                pendingKey = key;
                return true;
            }
            entries.Add(new(pendingKey, node));
            pendingKey = null;
            return true;
        }

        public DocumentNode Build() => isMapping ? new MappingNode(entries, location) : new SequenceNode(items, location);
    }
}
