using System.Data.Common;
using System.Globalization;
using Parley.Events.Reference;
using Parley.Storage;

namespace Parley.Events.Store;

/// <summary>
/// The event ledger: one schema in DuckDB (embedded file) or PostgreSQL. Everything but the bulk
/// load runs the same SQL on both, with positional parameters <c>$1, $2…</c>; the two subclasses
/// differ only in how they connect and how they stream rows in (DuckDB appender, PostgreSQL binary COPY).
/// </summary>
public abstract class EventLedger : IDisposable
{
    private bool disposed;

    private readonly Database database;

    protected EventLedger(Database database) => this.database = database;

    public DatabaseLocation Location => database.Location;

    public DatabaseKind Kind => database.Kind;

    internal abstract DbConnection Connection { get; }

    /// <summary>Opens the ledger at a <c>--db</c> value; creates it unless <paramref name="mustExist"/> (queries on a missing DuckDB file).</summary>
    public static EventLedger Open(string? db, bool mustExist = false)
    {
        DatabaseLocation location;
        try
        {
            location = DatabaseLocation.Parse(db);
        }
        catch (StorageException e) when (e is not LedgerException)
        {
            throw new LedgerException(e.Message, e);
        }
        return Open(location, mustExist);
    }

    public static EventLedger Open(DatabaseLocation location, bool mustExist = false)
    {
        if (mustExist && location.FilePath is { } path && !File.Exists(path))
        {
            throw new LedgerException($"there is no event ledger at '{path}'; import events first: parley events import FILE --db {path}");
        }
        var database = Database.At(location);
        EventLedger ledger;
        try
        {
            ledger = location.Kind == DatabaseKind.Postgres ? new PostgresLedger(database) : new DuckDbLedger(database);
        }
        catch (StorageException e) when (e is not LedgerException)
        {
            throw new LedgerException(e.Message, e);
        }
        try
        {
            ledger.EnsureSchema();
            return ledger;
        }
        catch (DbException e)
        {
            ledger.Dispose();
            throw new LedgerException($"cannot set up the event ledger in {location.Display}: {e.Message}", e);
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    /// <summary>Starts one all-or-nothing import (a database transaction).</summary>
    internal abstract ImportTransaction BeginImport();

    internal DbParameter Parameter(object? value) => database.Dialect.Parameter(value);

    /// <summary>Opens the connection a subclass keeps for the ledger's life.</summary>
    /// <exception cref="StorageException">The database cannot be opened or reached.</exception>
    protected DbConnection OpenConnection() => database.Open("ledger");

    internal DbCommand Sql(string sql, params object?[] args)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var arg in args) command.Parameters.Add(Parameter(arg));
        return command;
    }

    internal int Execute(string sql, params object?[] args)
    {
        using var command = Sql(sql, args);
        return command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, params object?[] args)
    {
        using var command = Sql(sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal long ScalarLong(string sql, params object?[] args) => Convert.ToInt64(Scalar(sql, args) ?? 0L, CultureInfo.InvariantCulture);

    /// <summary>Number of events in the ledger, optionally of one dataset.</summary>
    public long CountEvents(string? dataset = null) =>
        dataset is null ? ScalarLong("SELECT COUNT(*) FROM events") : ScalarLong("SELECT COUNT(*) FROM events WHERE dataset = $1", dataset);

    public long CountMentions() => ScalarLong("SELECT COUNT(*) FROM event_mentions");

    protected virtual IEnumerable<string> DialectStatements() => [];

    private void EnsureSchema()
    {
        bool exists = TableExists("ledger_info");
        if (exists)
        {
            string? version = Scalar("SELECT value FROM ledger_info WHERE key = 'schema_version'") as string;
            if (version == LedgerSchema.Version) return;
            if (version is not null)
            {
                throw new LedgerException($"{Location.Display} holds an event ledger of schema version {version}; this Parley reads version {LedgerSchema.Version}");
            }
        }
        else if (HasOtherTables())
        {
            throw new LedgerException($"{Location.Display} already holds tables that are not a Parley event ledger; give another --db");
        }

        using var transaction = Connection.BeginTransaction();
        foreach (var statement in LedgerSchema.Tables.Concat(DialectStatements())) Execute(statement);
        SeedReferenceTables();
        Execute("INSERT INTO ledger_info (key, value) VALUES ('schema_version', $1)", LedgerSchema.Version);
        transaction.Commit();
    }

    private bool TableExists(string name) => ScalarLong(database.Dialect.CountTablesNamed, name) > 0;

    /// <summary>Tables that are neither the ledger's nor Parley's own stored scenarios and runs (<c>parley_*</c>).</summary>
    private bool HasOtherTables() => ScalarLong(database.Dialect.CountTablesNotStartingWith("parley_")) > 0;

    private void SeedReferenceTables()
    {
        foreach (var d in EventDataset.All)
        {
            Execute("INSERT INTO datasets (dataset, name, quad_rule, goldstein_source, licence) VALUES ($1, $2, $3, $4, $5)",
                d.Id, d.Name, QuadRules.Describe(d.QuadRule), d.GoldsteinSource, d.Licence);
        }
        foreach (var c in ReferenceData.Codebook.Codes)
        {
            Execute("INSERT INTO cameo_codes (code, root_code, name, goldstein_gdelt, goldstein_icews, quad_gdelt, quad_icews) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                c.Code, c.RootCode, c.Name, c.GoldsteinGdelt, c.GoldsteinIcews, (short)c.Quad(QuadRule.Gdelt), (short)c.Quad(QuadRule.Icews));
        }
        foreach (var c in ReferenceData.Countries.All)
        {
            Execute("INSERT INTO countries (cameo_code, name, kind, iso3, iso2, fips) VALUES ($1, $2, $3, $4, $5, $6)",
                c.CameoCode, c.Name, c.Kind, c.Iso3, c.Iso2, c.Fips);
        }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
