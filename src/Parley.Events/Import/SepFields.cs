using nietras.SeparatedValues;

namespace Parley.Events.Import;

/// <summary>The fields of a Sep row, as the line parsers read them.</summary>
internal readonly ref struct SepFields(SepReader.Row row) : IFields
{
    private readonly SepReader.Row row = row;

    public int Count => row.ColCount;

    public ReadOnlySpan<char> this[int index] => (uint)index < (uint)row.ColCount ? row[index].Span : default;
}

/// <summary>A Sep row whose columns are reordered into a parser's canonical order (-1 = absent column).</summary>
internal readonly ref struct MappedFields(SepReader.Row row, int[] map) : IFields
{
    private readonly SepReader.Row row = row;

    public int Count => map.Length;

    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)map.Length && map[index] >= 0 && map[index] < row.ColCount ? row[map[index]].Span : default;
}
