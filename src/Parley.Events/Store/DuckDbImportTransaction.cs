using System.Text;
using DuckDB.NET.Data;
using Parley.Events.Import;

namespace Parley.Events.Store;

/// <summary>Bulk load into DuckDB through its appender, inside the import's transaction.</summary>
internal sealed class DuckDbImportTransaction(DuckDbLedger ledger) : ImportTransaction(ledger)
{
    public override IRowWriter OpenEvents(int importId, string dataset) => new Writer(ledger.DuckDb.CreateAppender("events"), importId, dataset);

    public override IRowWriter OpenMentions(int importId, string dataset) => new Writer(ledger.DuckDb.CreateAppender("event_mentions"), importId, dataset);

    private sealed class Writer(DuckDBAppender appender, int importId, string dataset) : IRowWriter
    {
        private byte[] utf8 = new byte[4096];
        private readonly byte[] datasetUtf8 = Encoding.UTF8.GetBytes(dataset);
        private bool closed;

        public void Append(EventBatch b)
        {
            for (int i = 0; i < b.Count; i++)
            {
                var row = appender.CreateRow();
                row.AppendValue(datasetUtf8.AsSpan());
                Text(row, b.Get(i, EventText.EventKey));
                row.AppendValue(b.Dates[i]);
                Text(row, b.Get(i, EventText.SourceCode));
                Text(row, b.Get(i, EventText.SourceName));
                Text(row, b.Get(i, EventText.SourceCountry));
                Text(row, b.Get(i, EventText.TargetCode));
                Text(row, b.Get(i, EventText.TargetName));
                Text(row, b.Get(i, EventText.TargetCountry));
                Text(row, b.Get(i, EventText.CameoCode));
                Text(row, b.Get(i, EventText.RootCode));
                row.AppendValue((short)b.Quads[i]);
                Number(row, b.Goldstein[i]);
                Count(row, b.NumMentions[i]);
                Count(row, b.NumSources[i]);
                Count(row, b.NumArticles[i]);
                Number(row, b.AvgTone[i]);
                if (b.IsRootEvent[i] < 0) row.AppendNullValue();
                else row.AppendValue(b.IsRootEvent[i] == 1);
                Text(row, b.Get(i, EventText.ActionFips));
                Text(row, b.Get(i, EventText.Story));
                Text(row, b.Get(i, EventText.Description));
                row.AppendValue(importId);
                row.AppendValue(b.Lines[i]);
                row.EndRow();
            }
        }

        public void Append(MentionBatch b)
        {
            for (int i = 0; i < b.Count; i++)
            {
                var row = appender.CreateRow();
                row.AppendValue(datasetUtf8.AsSpan());
                Text(row, b.Get(i, MentionText.EventKey));
                Text(row, b.Get(i, MentionText.Story));
                Text(row, b.Get(i, MentionText.SourceName));
                row.AppendValue(b.MentionDates[i]);
                if (b.Confidence[i] < 0) row.AppendNullValue();
                else row.AppendValue((short)b.Confidence[i]);
                row.AppendValue(importId);
                row.AppendValue(b.Lines[i]);
                row.EndRow();
            }
        }

        /// <summary>Strings go in as UTF-8 bytes from the batch's char buffer: no string per field.</summary>
        private void Text(IDuckDBAppenderRow row, ReadOnlySpan<char> value)
        {
            if (value.IsEmpty)
            {
                row.AppendNullValue();
                return;
            }
            int max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (max > utf8.Length) utf8 = new byte[Math.Max(max, utf8.Length * 2)];
            int n = Encoding.UTF8.GetBytes(value, utf8);
            row.AppendValue(utf8.AsSpan(0, n));
        }

        private static void Number(IDuckDBAppenderRow row, double value)
        {
            if (double.IsNaN(value)) row.AppendNullValue();
            else row.AppendValue(value);
        }

        private static void Count(IDuckDBAppenderRow row, int value)
        {
            if (value < 0) row.AppendNullValue();
            else row.AppendValue(value);
        }

        public void Close()
        {
            if (closed) return;
            closed = true;
            appender.Close();
        }

        public void Dispose()
        {
            if (!closed)
            {
                closed = true;
                try { appender.Dispose(); }
                catch (DuckDBException) { }
            }
        }
    }
}
