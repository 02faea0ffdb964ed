using Npgsql;
using NpgsqlTypes;
using Parley.Events.Import;

namespace Parley.Events.Store;

/// <summary>Bulk load into PostgreSQL with binary COPY, inside the import's transaction.</summary>
internal sealed class PostgresImportTransaction(PostgresLedger ledger) : ImportTransaction(ledger)
{
    protected override void Lock() => Ledger.Execute("LOCK TABLE ledger_imports IN EXCLUSIVE MODE");

    public override IRowWriter OpenEvents(int importId, string dataset) =>
        new Writer(ledger.Npgsql.BeginBinaryImport($"COPY events ({string.Join(", ", LedgerSchema.EventColumns)}) FROM STDIN (FORMAT BINARY)"), importId, dataset);

    public override IRowWriter OpenMentions(int importId, string dataset) =>
        new Writer(ledger.Npgsql.BeginBinaryImport($"COPY event_mentions ({string.Join(", ", LedgerSchema.MentionColumns)}) FROM STDIN (FORMAT BINARY)"), importId, dataset);

    private sealed class Writer(NpgsqlBinaryImporter copy, int importId, string dataset) : IRowWriter
    {
        private bool closed;

        public void Append(EventBatch b)
        {
            for (int i = 0; i < b.Count; i++)
            {
                copy.StartRow();
                copy.Write(dataset, NpgsqlDbType.Varchar);
                Text(b.GetMemory(i, EventText.EventKey));
                copy.Write(b.Dates[i], NpgsqlDbType.Date);
                Text(b.GetMemory(i, EventText.SourceCode));
                Text(b.GetMemory(i, EventText.SourceName));
                Text(b.GetMemory(i, EventText.SourceCountry));
                Text(b.GetMemory(i, EventText.TargetCode));
                Text(b.GetMemory(i, EventText.TargetName));
                Text(b.GetMemory(i, EventText.TargetCountry));
                Text(b.GetMemory(i, EventText.CameoCode));
                Text(b.GetMemory(i, EventText.RootCode));
                copy.Write((short)b.Quads[i], NpgsqlDbType.Smallint);
                Number(b.Goldstein[i]);
                Count(b.NumMentions[i]);
                Count(b.NumSources[i]);
                Count(b.NumArticles[i]);
                Number(b.AvgTone[i]);
                if (b.IsRootEvent[i] < 0) copy.WriteNull();
                else copy.Write(b.IsRootEvent[i] == 1, NpgsqlDbType.Boolean);
                Text(b.GetMemory(i, EventText.ActionFips));
                Text(b.GetMemory(i, EventText.Story));
                Text(b.GetMemory(i, EventText.Description));
                copy.Write(importId, NpgsqlDbType.Integer);
                copy.Write(b.Lines[i], NpgsqlDbType.Bigint);
            }
        }

        public void Append(MentionBatch b)
        {
            for (int i = 0; i < b.Count; i++)
            {
                copy.StartRow();
                copy.Write(dataset, NpgsqlDbType.Varchar);
                Text(b.GetMemory(i, MentionText.EventKey));
                Text(b.GetMemory(i, MentionText.Story));
                Text(b.GetMemory(i, MentionText.SourceName));
                copy.Write(b.MentionDates[i], NpgsqlDbType.Date);
                if (b.Confidence[i] < 0) copy.WriteNull();
                else copy.Write((short)b.Confidence[i], NpgsqlDbType.Smallint);
                copy.Write(importId, NpgsqlDbType.Integer);
                copy.Write(b.Lines[i], NpgsqlDbType.Bigint);
            }
        }

        private void Text(ReadOnlyMemory<char> value)
        {
            if (value.IsEmpty) copy.WriteNull();
            else copy.Write(value, NpgsqlDbType.Varchar);
        }

        private void Number(double value)
        {
            if (double.IsNaN(value)) copy.WriteNull();
            else copy.Write(value, NpgsqlDbType.Double);
        }

        private void Count(int value)
        {
            if (value < 0) copy.WriteNull();
            else copy.Write(value, NpgsqlDbType.Integer);
        }

        public void Close()
        {
            if (closed) return;
            closed = true;
            copy.Complete();
            copy.Dispose();
        }

        public void Dispose()
        {
            if (closed) return;
            closed = true;
            try { copy.Dispose(); }
            catch (NpgsqlException) { }
            catch (InvalidOperationException) { }
        }
    }
}
