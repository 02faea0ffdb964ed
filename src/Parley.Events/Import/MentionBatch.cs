namespace Parley.Events.Import;

/// <summary>The text fields of a GDELT 2.0 mention, in the order of the <c>event_mentions</c> table.</summary>
public enum MentionText
{
    EventKey,
    Story,
    SourceName,
}

/// <summary>
/// Parsed rows of a GDELT 2.0 EventMentions file: which article (URL) mentions which event. The
/// ledger uses them to decide what an event is "about" (see <c>AboutFilter</c>).
/// </summary>
public sealed class MentionBatch : IRowBatch
{
    public const int DefaultCapacity = 2048;
    private readonly TextBuffer text;
    private int current = -1;

    public MentionBatch(int capacity = DefaultCapacity)
    {
        Capacity = capacity;
        text = new TextBuffer(capacity, 3);
        MentionDates = new DateOnly[capacity];
        Confidence = new int[capacity];
        Lines = new long[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    public DateOnly[] MentionDates { get; }

    /// <summary>GDELT's 10–100 confidence; -1 when absent.</summary>
    public int[] Confidence { get; }

    public long[] Lines { get; }

    public void Clear()
    {
        Count = 0;
        current = -1;
        text.Clear();
    }

    public int BeginRow(long line)
    {
        if (IsFull) throw new InvalidOperationException("the batch is full");
        current = Count;
        text.BeginRow(current);
        MentionDates[current] = default;
        Confidence[current] = -1;
        Lines[current] = line;
        return current;
    }

    public void CommitRow()
    {
        Count++;
        current = -1;
    }

    public void AbandonRow()
    {
        if (current < 0) return;
        text.AbandonRow();
        current = -1;
    }

    public void Set(MentionText column, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) text.SetNull(current, (int)column);
        else text.Set(current, (int)column, value);
    }

    public ReadOnlySpan<char> Get(int row, MentionText column) => text.Get(row, (int)column);

    public ReadOnlyMemory<char> GetMemory(int row, MentionText column) => text.GetMemory(row, (int)column);

    public bool IsNull(int row, MentionText column) => text.IsNull(row, (int)column);

    public string? GetString(int row, MentionText column) => text.GetString(row, (int)column);
}
