using System.Data.Common;
using System.Globalization;
using Parley.Events.Import;

namespace Parley.Events.Store;

/// <summary>Streams one input's rows into the ledger (DuckDB appender, PostgreSQL binary COPY).</summary>
internal interface IRowWriter : IDisposable
{
    void Append(EventBatch batch);

    void Append(MentionBatch batch);

    /// <summary>Flushes everything appended; the rows become visible to the transaction's queries.</summary>
    void Close();
}

/// <summary>
/// One import as one database transaction: rows are bulk-loaded, then duplicates of events the
/// ledger already holds (same dataset and event key) are removed with one SQL statement shared
/// by both databases. Disposing without <see cref="Commit"/> rolls everything back.
/// </summary>
internal abstract class ImportTransaction : IDisposable
{
    private readonly DbTransaction transaction;
    private int nextImportId;
    private bool committed;

    protected ImportTransaction(EventLedger ledger)
    {
        Ledger = ledger;
        transaction = ledger.Connection.BeginTransaction();
        Lock();
        nextImportId = (int)ledger.ScalarLong("SELECT COALESCE(MAX(import_id), 0) FROM ledger_imports") + 1;
    }

    protected EventLedger Ledger { get; }

    /// <summary>Keeps concurrent imports from interleaving their import ids and dedupe (PostgreSQL; DuckDB has one writer).</summary>
    protected virtual void Lock() { }

    public int NewImportId() => nextImportId++;

    public abstract IRowWriter OpenEvents(int importId, string dataset);

    public abstract IRowWriter OpenMentions(int importId, string dataset);

    /// <summary>Removes the rows of this import that the ledger already had, or that repeat within it; returns (kept, removed).</summary>
    public (long Kept, long Duplicates) RemoveDuplicates(bool mentions, int importId, string dataset)
    {
        string table = mentions ? "event_mentions" : "events";
        string sameRow = mentions ? "o.event_key = t.event_key AND o.story = t.story" : "o.event_key = t.event_key";
        long removed = 0;
        bool earlier = Ledger.ScalarLong($"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE dataset = $1 AND import_id <> $2 LIMIT 1) x", dataset, importId) > 0;
        if (earlier)
        {
            removed += Ledger.Execute(
                $"DELETE FROM {table} t WHERE t.import_id = $1 AND EXISTS (SELECT 1 FROM {table} o WHERE o.dataset = $2 AND o.import_id <> $1 AND {sameRow})",
                importId, dataset);
        }
        string distinctKey = mentions ? "event_key || ' ' || story" : "event_key";
        long total = Ledger.ScalarLong($"SELECT COUNT(*) FROM {table} WHERE import_id = $1", importId);
        long distinct = Ledger.ScalarLong($"SELECT COUNT(DISTINCT {distinctKey}) FROM {table} WHERE import_id = $1", importId);
        if (distinct < total)
        {
            removed += Ledger.Execute(
                $"DELETE FROM {table} t WHERE t.import_id = $1 AND EXISTS (SELECT 1 FROM {table} o WHERE o.import_id = $1 AND {sameRow} AND o.source_line < t.source_line)",
                importId);
        }
        return (Ledger.ScalarLong($"SELECT COUNT(*) FROM {table} WHERE import_id = $1", importId), removed);
    }

    public void Record(int importId, string dataset, string file, string format, long read, long imported, long duplicates, long bad)
    {
        Ledger.Execute(
            "INSERT INTO ledger_imports (import_id, dataset, source_file, format, imported_at, rows_read, rows_imported, duplicates, bad_lines) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            importId, dataset, file, format, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), read, imported, duplicates, bad);
    }

    public void Commit()
    {
        transaction.Commit();
        committed = true;
    }

    public void Dispose()
    {
        if (!committed)
        {
            try { transaction.Rollback(); }
            catch (DbException) { }
            catch (InvalidOperationException) { }
        }
        transaction.Dispose();
    }
}
