using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>The text fields of a ledger event, in the order of the <c>events</c> table.</summary>
public enum EventText
{
    EventKey,
    SourceCode,
    SourceName,
    SourceCountry,
    TargetCode,
    TargetName,
    TargetCountry,
    CameoCode,
    RootCode,
    ActionFips,
    Story,
    Description,
}

/// <summary>
/// Up to <see cref="Capacity"/> parsed events, column by column: what a line parser fills and a
/// database writer drains. Batches are reused, so memory stays flat however long the file is.
/// </summary>
public sealed class EventBatch : IRowBatch
{
    public const int DefaultCapacity = 2048;
    internal const int TextColumns = 12;
    private readonly TextBuffer text;
    private int current = -1;

    public EventBatch(int capacity = DefaultCapacity)
    {
        Capacity = capacity;
        text = new TextBuffer(capacity, TextColumns);
        Dates = new DateOnly[capacity];
        Quads = new QuadClass[capacity];
        Goldstein = new double[capacity];
        NumMentions = new int[capacity];
        NumSources = new int[capacity];
        NumArticles = new int[capacity];
        AvgTone = new double[capacity];
        IsRootEvent = new sbyte[capacity];
        Lines = new long[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    public DateOnly[] Dates { get; }

    public QuadClass[] Quads { get; }

    /// <summary>NaN when the source gives none.</summary>
    public double[] Goldstein { get; }

    /// <summary>-1 when the source has no such count (ICEWS, hand-entered events).</summary>
    public int[] NumMentions { get; }

    public int[] NumSources { get; }

    public int[] NumArticles { get; }

    /// <summary>NaN when absent.</summary>
    public double[] AvgTone { get; }

    /// <summary>1 or 0, or -1 when the source has no such flag.</summary>
    public sbyte[] IsRootEvent { get; }

    /// <summary>The 1-based line of the source file where the event starts.</summary>
    public long[] Lines { get; }

    public void Clear()
    {
        Count = 0;
        current = -1;
        text.Clear();
    }

    /// <summary>Starts filling the next row; every field starts null.</summary>
    public int BeginRow(long line)
    {
        if (IsFull) throw new InvalidOperationException("the batch is full");
        current = Count;
        text.BeginRow(current);
        Dates[current] = default;
        Quads[current] = default;
        Goldstein[current] = double.NaN;
        NumMentions[current] = -1;
        NumSources[current] = -1;
        NumArticles[current] = -1;
        AvgTone[current] = double.NaN;
        IsRootEvent[current] = -1;
        Lines[current] = line;
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
    public void Set(EventText column, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) text.SetNull(current, (int)column);
        else text.Set(current, (int)column, value);
    }

    public ReadOnlySpan<char> Get(int row, EventText column) => text.Get(row, (int)column);

    public ReadOnlyMemory<char> GetMemory(int row, EventText column) => text.GetMemory(row, (int)column);

    public bool IsNull(int row, EventText column) => text.IsNull(row, (int)column);

    public string? GetString(int row, EventText column) => text.GetString(row, (int)column);

    /// <summary>The row being filled (for parsers that set arrays directly).</summary>
    internal int Current => current;
}
