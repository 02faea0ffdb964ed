using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Typed access to the fields of one mapping node, reporting every wrong, missing or unknown field
/// to the <see cref="ProblemList"/> under its path instead of throwing.
/// </summary>
internal sealed class FieldReader
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, DocumentNode>> fields = new(StringComparer.Ordinal);
    private readonly ProblemList problems;

    public FieldReader(MappingNode node, string path, ProblemList problems, IReadOnlyCollection<string> known)
    {
        Path = path;
        this.problems = problems;
        problems.Map.Record(path, node.Location);
        foreach (var entry in node.Entries)
        {
            string key = entry.Key.Text;
            if (!known.Contains(key))
            {
                string hint = Suggest(key, known) is { } guess ? $"; did you mean '{guess}'?" : $"; expected one of: {string.Join(", ", known)}";
                problems.Add(Rules.UnknownField, Join(path, key), $"unknown field '{key}'{hint}", entry.Key.Location);
                continue;
            }
            fields.TryAdd(key, entry);
            problems.Map.Record(Join(path, key), entry.Value.Location);
        }
    }

    public string Path { get; }

    public ProblemList Problems => problems;

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public bool Has(string key) => fields.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    public DocumentNode? Node(string key) => fields.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    public string? String(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null) return null;
        if (node is ScalarNode scalar) return scalar.Text;
        WrongType(key, node, "text");
        return null;
    }

    public double? Number(string key, bool required)
    {
        var node = Require(key, required);
        return node is null ? null : ReadNumber(node, Join(Path, key), problems);
    }

    public IReadOnlyList<DocumentNode>? List(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null) return null;
        if (node is SequenceNode seq) return seq.Items;
        WrongType(key, node, "a list");
        return null;
    }

    public MappingNode? Mapping(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null) return null;
        if (node is MappingNode map) return map;
        WrongType(key, node, "a mapping");
        return null;
    }

    public ValueList<string>? StringList(string key)
    {
        var items = List(key, required: false);
        if (items is null) return null;
        var values = new List<string>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string itemPath = $"{Join(Path, key)}[{i}]";
            problems.Map.Record(itemPath, items[i].Location);
            if (items[i] is ScalarNode { Style: not ScalarStyle.Null } scalar) values.Add(scalar.Text);
            else problems.Add(Rules.WrongType, itemPath, $"expected text, found {items[i].Kind}", items[i].Location);
        }
        return values.ToValueList();
    }

    /// <summary>Reads <c>[low, high]</c>.</summary>
    public Interval? Range(string key)
    {
        var node = Require(key, required: false);
        if (node is null) return null;
        string path = Join(Path, key);
        if (node is not SequenceNode { Items.Count: 2 } seq)
        {
            problems.Add(Rules.WrongType, path, $"expected a range written [low, high], found {Describe(node)}", node.Location);
            return null;
        }
        double? low = ReadNumber(seq.Items[0], path + "[0]", problems);
        double? high = ReadNumber(seq.Items[1], path + "[1]", problems);
        return low is { } lo && high is { } hi ? new Interval(lo, hi) : null;
    }

    /// <summary>Reads <c>true</c>/<c>false</c> (YAML also accepts yes/no).</summary>
    public bool? Boolean(string key)
    {
        var node = Require(key, required: false);
        if (node is null) return null;
        if (node is ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Boolean } scalar)
        {
            switch (scalar.Text.Trim().ToLowerInvariant())
            {
                case "true" or "yes": return true;
                case "false" or "no": return false;
            }
        }
        problems.Add(Rules.WrongType, Join(Path, key), $"expected true or false, found {Describe(node)}", node.Location);
        return null;
    }

    /// <summary>Reads a whole number.</summary>
    public int? Integer(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null) return null;
        string path = Join(Path, key);
        double? value = ReadNumber(node, path, problems);
        if (value is null) return null;
        if (value != Math.Floor(value.Value) || value < int.MinValue || value > int.MaxValue)
        {
            problems.Add(Rules.WrongType, path, $"expected a whole number, found {Describe(node)}", node.Location);
            return null;
        }
        return (int)value.Value;
    }

    public DateOnly? Date(string key)
    {
        var node = Require(key, required: false);
        if (node is null) return null;
        if (node is ScalarNode scalar &&
            DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(Rules.InvalidDate, Join(Path, key), $"expected a date written YYYY-MM-DD, found {Describe(node)}", node.Location);
        return null;
    }

    public void Report(string rule, string key, string message) =>
        problems.Add(rule, Join(Path, key), message);

    internal static double? ReadNumber(DocumentNode node, string path, ProblemList problems)
    {
        if (node is ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Number } scalar)
        {
            if (IsYamlNonFinite(scalar.Text) ||
                (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && !double.IsFinite(parsed)))
            {
                problems.Add(Rules.NonFinite, path, $"'{scalar.Text}' is not a finite number; NaN and infinity are not allowed", node.Location);
                return null;
            }
            if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return value;
        }
        if (node is ScalarNode { Style: ScalarStyle.Text } text && IsNonFiniteWord(text.Text))
        {
            problems.Add(Rules.NonFinite, path, $"'{text.Text}' is not a finite number; NaN and infinity are not allowed", node.Location);
            return null;
        }
        problems.Add(Rules.WrongType, path, $"expected a number, found {Describe(node)}", node.Location);
        return null;
    }

    internal static string Describe(DocumentNode node)
    {
        if (node is ScalarNode scalar && scalar.Style is not ScalarStyle.Null)
        {
            string shown = scalar.Text.Length > 40 ? scalar.Text[..40] + "…" : scalar.Text;
            return scalar.Style == ScalarStyle.Text ? $"text \"{shown}\"" : $"'{shown}'";
        }
        return node.Kind;
    }

    private static bool IsYamlNonFinite(string text) =>
        text.TrimStart('+', '-') is ".nan" or ".NaN" or ".NAN" or ".inf" or ".Inf" or ".INF";

    private static bool IsNonFiniteWord(string text)
    {
        string t = text.Trim().TrimStart('+', '-').ToLowerInvariant();
        return t is "nan" or "inf" or "infinity" or ".nan" or ".inf" or "∞";
    }

    private static bool IsNull(DocumentNode node) => node is ScalarNode { Style: ScalarStyle.Null };

    private DocumentNode? Require(string key, bool required)
    {
        var node = Node(key);
        if (node is null && required)
        {
            problems.Add(Rules.MissingField, Join(Path, key), $"required field '{key}' is missing");
        }
        return node;
    }

    private void WrongType(string key, DocumentNode node, string expected) =>
        problems.Add(Rules.WrongType, Join(Path, key), $"expected {expected}, found {Describe(node)}", node.Location);

    private static string? Suggest(string key, IReadOnlyCollection<string> known)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (var candidate in known)
        {
            int distance = Levenshtein(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
