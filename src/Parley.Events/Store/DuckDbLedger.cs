using System.Data.Common;
using DuckDB.NET.Data;
using Parley.Storage;

namespace Parley.Events.Store;

/// <summary>The ledger in an embedded DuckDB file (the default); imports stream rows through DuckDB's appender.</summary>
public sealed class DuckDbLedger : EventLedger
{
    private readonly DuckDBConnection connection;

    /// <exception cref="StorageException">The file cannot be opened.</exception>
    internal DuckDbLedger(Database database) : base(database) => connection = (DuckDBConnection)OpenConnection();

    internal override DbConnection Connection => connection;

    internal DuckDBConnection DuckDb => connection;

    internal override ImportTransaction BeginImport() => new DuckDbImportTransaction(this);
}
