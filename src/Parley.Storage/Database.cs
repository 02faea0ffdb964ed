using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;

namespace Parley.Storage;

/// <summary>
/// Opens connections to the database at one <see cref="DatabaseLocation"/> and knows its
/// <see cref="SqlDialect"/>. The one place that turns a driver's connection failure into a
/// <see cref="StorageException"/> the user can act on, for the ledger and the scenario store alike.
/// Immutable and thread-safe; the connections it hands out are not (use each from one thread).
/// </summary>
public sealed class Database
{
    /// <summary>Caps DuckDB's memory (e.g. <c>2GB</c>) for imports on small machines and in fault tests.</summary>
    public const string DuckDbMemoryLimitVariable = "PARLEY_DUCKDB_MEMORY_LIMIT";

    private Database(DatabaseLocation location)
    {
        Location = location;
        Dialect = location.Kind == DatabaseKind.Postgres ? PostgresDialect.Instance : DuckDbDialect.Instance;
    }

    public DatabaseLocation Location { get; }

    public DatabaseKind Kind => Location.Kind;

    public SqlDialect Dialect { get; }

    /// <summary>The database at a <c>--db</c> value (the default DuckDB file when empty).</summary>
    /// <exception cref="StorageException">The value is not a usable location.</exception>
    public static Database At(string? db) => new(DatabaseLocation.Parse(db));

    public static Database At(DatabaseLocation location) => new(location);

    /// <summary>Opens a connection; <paramref name="what"/> names its use in messages ("ledger", "scenario store").</summary>
    /// <exception cref="StorageException">The database cannot be opened or reached.</exception>
    public DbConnection Open(string what)
    {
        var connection = Create(what);
        try
        {
            connection.Open();
            Configure(connection);
            return connection;
        }
        catch (Exception e) when (IsDriverFailure(e))
        {
            connection.Dispose();
            throw Unreachable(what, e);
        }
    }

    /// <inheritdoc cref="Open"/>
    public async Task<DbConnection> OpenAsync(string what, CancellationToken cancellationToken = default)
    {
        var connection = Create(what);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Configure(connection);
            return connection;
        }
        catch (Exception e) when (IsDriverFailure(e))
        {
            await connection.DisposeAsync();
            throw Unreachable(what, e);
        }
    }

    private DbConnection Create(string what)
    {
        if (Kind == DatabaseKind.DuckDb) return new DuckDBConnection(Location.ConnectionString);
        try
        {
            return new NpgsqlConnection(Location.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new StorageException($"the PostgreSQL connection string for the {what} is not valid: {e.Message}", e);
        }
    }

    private void Configure(DbConnection connection)
    {
        if (Kind != DatabaseKind.DuckDb || Environment.GetEnvironmentVariable(DuckDbMemoryLimitVariable) is not { Length: > 0 } limit) return;
        using var command = connection.CreateCommand();
        command.CommandText = "SET memory_limit = '" + limit.Replace("'", "") + "'";
        command.ExecuteNonQuery();
    }

    private static bool IsDriverFailure(Exception e) => e is DbException or InvalidOperationException or ArgumentException or IOException;

    private StorageException Unreachable(string what, Exception e) => Kind == DatabaseKind.DuckDb
        ? new StorageException($"cannot open the DuckDB {what} '{Location.Display}': {e.Message}", e)
        : new StorageException($"cannot connect to the PostgreSQL {what} {Location.Display}: {e.Message}", e);
}
