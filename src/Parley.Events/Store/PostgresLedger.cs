using System.Data.Common;
using Npgsql;
using Parley.Storage;

namespace Parley.Events.Store;

/// <summary>The ledger on a PostgreSQL server (<c>--db postgres://…</c>); imports stream rows by binary COPY.</summary>
public sealed class PostgresLedger : EventLedger
{
    private readonly NpgsqlConnection connection;

    /// <exception cref="StorageException">The server cannot be reached or the connection string is not valid.</exception>
    internal PostgresLedger(Database database) : base(database) => connection = (NpgsqlConnection)OpenConnection();

    internal override DbConnection Connection => connection;

    internal NpgsqlConnection Npgsql => connection;

    internal override ImportTransaction BeginImport() => new PostgresImportTransaction(this);

    protected override IEnumerable<string> DialectStatements() => LedgerSchema.PostgresIndexes;
}
