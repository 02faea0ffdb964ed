namespace Parley.Events.Import;

/// <summary>
/// The text fields of a batch of rows, packed into one growing char array so that parsing a
/// line allocates no strings: the database writers read each field back as a span.
/// </summary>
internal sealed class TextBuffer
{
    private readonly int columns;
    private char[] chars;
    private int used;
    private int rowStartUsed;
    private readonly int[] start;
    private readonly int[] length;

    public TextBuffer(int capacity, int columns, int initialChars = 1 << 16)
    {
        this.columns = columns;
        chars = new char[initialChars];
        start = new int[capacity * columns];
        length = new int[capacity * columns];
    }

    public void Clear()
    {
        used = 0;
        rowStartUsed = 0;
    }

    /// <summary>Marks every field of <paramref name="row"/> null and remembers where its text starts.</summary>
    public void BeginRow(int row)
    {
        rowStartUsed = used;
        Array.Fill(length, -1, row * columns, columns);
    }

    /// <summary>Forgets the text of a row that turned out to be bad.</summary>
    public void AbandonRow() => used = rowStartUsed;

    public void Set(int row, int column, ReadOnlySpan<char> value)
    {
        if (used + value.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + value.Length));
        }
        value.CopyTo(chars.AsSpan(used));
        start[row * columns + column] = used;
        length[row * columns + column] = value.Length;
        used += value.Length;
    }

    public void SetNull(int row, int column) => length[row * columns + column] = -1;

    public bool IsNull(int row, int column) => length[row * columns + column] < 0;

    public ReadOnlySpan<char> Get(int row, int column)
    {
        int i = row * columns + column;
        int n = length[i];
        return n < 0 ? default : chars.AsSpan(start[i], n);
    }

    public ReadOnlyMemory<char> GetMemory(int row, int column)
    {
        int i = row * columns + column;
        int n = length[i];
        return n < 0 ? default : chars.AsMemory(start[i], n);
    }

    public string? GetString(int row, int column) => IsNull(row, column) ? null : new string(Get(row, column));
}
