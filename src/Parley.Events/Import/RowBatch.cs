using System.Runtime.CompilerServices;

namespace Parley.Events.Import;

/// <summary>
/// Up to <see cref="Capacity"/> parsed rows, column by column: what a line parser fills and a database
/// writer drains. The text columns are named by <typeparamref name="TColumn"/> (an int-backed enum in
/// table order); a subclass adds its typed columns and resets them in <see cref="ResetRow"/>. Batches are
/// reused, so memory stays flat however long the file is. Not thread-safe: one filler, then one drainer.
/// </summary>
public abstract class RowBatch<TColumn> : IRowBatch where TColumn : struct, Enum
{
    private readonly TextBuffer text;
    private int current = -1;

    protected RowBatch(int capacity)
    {
        if (Unsafe.SizeOf<TColumn>() != sizeof(int)) throw new InvalidOperationException($"{typeof(TColumn).Name} must be an int enum");
        Capacity = capacity;
        text = new TextBuffer(capacity, Enum.GetValues<TColumn>().Length);
        Lines = new long[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    /// <summary>The 1-based line of the source file where the row starts.</summary>
    public long[] Lines { get; }

    /// <summary>The row being filled (for parsers that set arrays directly); -1 between rows.</summary>
    internal int Current => current;

    public void Clear()
    {
        Count = 0;
        current = -1;
        text.Clear();
    }

    /// <summary>Starts filling the next row; every text field starts null and the typed ones at their "absent" value.</summary>
    public int BeginRow(long line)
    {
        if (IsFull) throw new InvalidOperationException("the batch is full");
        current = Count;
        text.BeginRow(current);
        Lines[current] = line;
        ResetRow(current);
        return current;
    }

    public void CommitRow()
    {
        if (current < 0) throw new InvalidOperationException("no row was begun");
        Count++;
        current = -1;
    }

    public void AbandonRow()
    {
        if (current < 0) return;
        text.AbandonRow();
        current = -1;
    }

    /// <summary>Sets a text field of the row being filled; empty text is stored as null.</summary>
    public void Set(TColumn column, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) text.SetNull(current, Index(column));
        else text.Set(current, Index(column), value);
    }

    public ReadOnlySpan<char> Get(int row, TColumn column) => text.Get(row, Index(column));

    public ReadOnlyMemory<char> GetMemory(int row, TColumn column) => text.GetMemory(row, Index(column));

    public bool IsNull(int row, TColumn column) => text.IsNull(row, Index(column));

    public string? GetString(int row, TColumn column) => text.GetString(row, Index(column));

    /// <summary>Puts the subclass's typed columns of <paramref name="row"/> at their "absent" values.</summary>
    protected abstract void ResetRow(int row);

    // Reinterprets the enum as its int value without boxing: these calls sit in the import's inner loop.
    private static int Index(TColumn column) => Unsafe.As<TColumn, int>(ref column);
}
