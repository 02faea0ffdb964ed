using System.Data.Common;
using DuckDB.NET.Data;

namespace Parley.Events.Store;

/// <summary>The ledger in an embedded DuckDB file (the default).</summary>
public sealed class DuckDbLedger : EventLedger
{
    private readonly DuckDBConnection connection;

    private DuckDbLedger(LedgerLocation location, DuckDBConnection connection) : base(location) => this.connection = connection;

    internal override DbConnection Connection => connection;

    internal DuckDBConnection DuckDb => connection;

    internal static DuckDbLedger Connect(LedgerLocation location)
    {
        var connection = new DuckDBConnection(location.ConnectionString);
        try
        {
            connection.Open();
            if (Environment.GetEnvironmentVariable("PARLEY_DUCKDB_MEMORY_LIMIT") is { Length: > 0 } limit)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SET memory_limit = '" + limit.Replace("'", "") + "'";
                command.ExecuteNonQuery();
            }
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new LedgerException($"cannot open the DuckDB ledger '{location.Display}': {e.Message}", e);
        }
        return new DuckDbLedger(location, connection);
    }

    internal override DbParameter Parameter(object? value) => new DuckDBParameter(value ?? DBNull.Value);

    internal override ImportTransaction BeginImport() => new DuckDbImportTransaction(this);

    protected override bool TableExists(string name) =>
        ScalarLong("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $1", name) > 0;

    protected override bool HasOtherTables() =>
        ScalarLong("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name NOT LIKE 'parley\\_%' ESCAPE '\\'") > 0;
}
