namespace Parley.Events.Import;

/// <summary>What one import did: lines read, events kept, duplicates of events already in the ledger, bad lines.</summary>
public sealed record ImportReport(
    string File,
    EventFormat Format,
    string Dataset,
    long RowsRead,
    long Imported,
    long Duplicates,
    long BadLineCount,
    IReadOnlyList<BadLine> BadLines)
{
    public bool Mentions => Format == EventFormat.Gdelt2Mentions;
}
