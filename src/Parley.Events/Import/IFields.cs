namespace Parley.Events.Import;

/// <summary>
/// The fields of one input line, whatever split them (Sep for files, a plain split in tests, a
/// YAML mapping). Line parsers read through this so one parser serves every path.
/// </summary>
public interface IFields
{
    int Count { get; }

    /// <summary>The text of field <paramref name="index"/>; empty when the line has fewer fields.</summary>
    ReadOnlySpan<char> this[int index] { get; }
}

/// <summary>A line already split into strings (tests, YAML items).</summary>
public readonly struct StringFields(string?[] values) : IFields
{
    public int Count => values.Length;

    public ReadOnlySpan<char> this[int index] => (uint)index < (uint)values.Length ? values[index].AsSpan() : default;

    /// <summary>Splits a raw line on tabs, the way the GDELT and ICEWS readers see it.</summary>
    public static StringFields SplitTabs(string line) => new(line.Split('\t'));
}
