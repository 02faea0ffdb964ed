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
public sealed class MentionBatch : RowBatch<MentionText>
{
    public const int DefaultCapacity = 2048;

    public MentionBatch(int capacity = DefaultCapacity) : base(capacity)
    {
        MentionDates = new DateOnly[capacity];
        Confidence = new int[capacity];
    }

    public DateOnly[] MentionDates { get; }

    /// <summary>GDELT's 10–100 confidence; -1 when absent.</summary>
    public int[] Confidence { get; }

    protected override void ResetRow(int row)
    {
        MentionDates[row] = default;
        Confidence[row] = -1;
    }
}
