using System.Data.Common;
using Npgsql;

namespace Parley.Events.Store;

/// <summary>The ledger on a PostgreSQL server (<c>--db postgres://…</c>).</summary>
public sealed class PostgresLedger : EventLedger
{
    private readonly NpgsqlConnection connection;

    private PostgresLedger(LedgerLocation location, NpgsqlConnection connection) : base(location) => this.connection = connection;

    internal override DbConnection Connection => connection;

    internal NpgsqlConnection Npgsql => connection;

    internal static PostgresLedger Connect(LedgerLocation location)
    {
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(location.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new LedgerException($"the PostgreSQL connection string is not valid: {e.Message}", e);
        }
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            connection.Dispose();
            throw new LedgerException($"cannot connect to the PostgreSQL ledger {location.Display}: {e.Message}", e);
        }
        return new PostgresLedger(location, connection);
    }

    internal override DbParameter Parameter(object? value) => new NpgsqlParameter { Value = value ?? DBNull.Value };

    internal override ImportTransaction BeginImport() => new PostgresImportTransaction(this);

    protected override IEnumerable<string> DialectStatements() => LedgerSchema.PostgresIndexes;

    protected override bool TableExists(string name) =>
        ScalarLong("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1", name) > 0;

    protected override bool HasOtherTables() =>
        ScalarLong("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE 'parley\\_%' ESCAPE '\\'") > 0;
}
