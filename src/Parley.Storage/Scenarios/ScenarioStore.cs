using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace Parley.Storage.Scenarios;

/// <summary>
/// Scenarios and runs in Parley's database (DuckDB file by default, or PostgreSQL), beside the event
/// ledger. Two tables, the same SQL on both databases (positional parameters), times as ISO-8601 text
/// so that both return them unchanged. Every operation runs under one lock: the DuckDB connection is
/// not thread-safe, and the app's load on the store (saves, not forecasts) is small. Thread-safe.
/// </summary>
public sealed class ScenarioStore : IScenarioStore
{
    /// <summary>The default DuckDB file, shared with the event ledger.</summary>
    public const string DefaultFile = DatabaseLocation.DefaultPath;

    private const string What = "scenario store";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Database database;

    // DuckDB keeps one connection for the store's life (":memory:" would otherwise lose its tables
    // between operations); PostgreSQL connections come from Npgsql's pool, one per operation.
    private DbConnection? kept;

    public ScenarioStore(Database database) => this.database = database;

    /// <summary>Opens the store named by <c>--db</c>: a DuckDB file path (default), ":memory:", or PostgreSQL.</summary>
    /// <exception cref="StorageException">The value is not a usable location.</exception>
    public static ScenarioStore Open(string? db) => new(Database.At(db));

    private bool KeepsConnection => database.Kind == DatabaseKind.DuckDb;

    public string Describe() => database.Kind == DatabaseKind.Postgres
        ? database.Location.Display
        : database.Location.FilePath == ":memory:" ? "DuckDB in memory (nothing is kept)" : "DuckDB file " + Path.GetFullPath(database.Location.FilePath!);

    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS parley_scenarios (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, file_name VARCHAR NOT NULL, content VARCHAR NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS parley_runs (id VARCHAR PRIMARY KEY, scenario_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, request VARCHAR NOT NULL, result VARCHAR NOT NULL, created_at VARCHAR NOT NULL)",
    ];

    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        foreach (var sql in Schema) await ExecuteAsync(sql, [], cancellationToken);
    }

    public Task<IReadOnlyList<StoredScenario>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, title, file_name, '' AS content, created_at, updated_at FROM parley_scenarios ORDER BY created_at, id", [], ReadScenario, cancellationToken);

    public async Task<StoredScenario?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT id, title, file_name, content, created_at, updated_at FROM parley_scenarios WHERE id = $1", [id], ReadScenario, cancellationToken)).FirstOrDefault();

    public async Task<StoredScenario> AddAsync(string title, string fileName, string content, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var scenario = new StoredScenario(NewId(), title, fileName, content, now, now);
        await ExecuteAsync("INSERT INTO parley_scenarios (id, title, file_name, content, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
            [scenario.Id, title, fileName, content, Text(now), Text(now)], cancellationToken);
        return scenario;
    }

    public async Task<StoredScenario?> UpdateAsync(string id, string title, string fileName, string content, CancellationToken cancellationToken = default)
    {
        int changed = await ExecuteAsync("UPDATE parley_scenarios SET title = $1, file_name = $2, content = $3, updated_at = $4 WHERE id = $5",
            [title, fileName, content, Text(Now()), id], cancellationToken);
        return changed == 0 ? null : await GetAsync(id, cancellationToken);
    }

    /// <remarks>One transaction: a failure between the two deletes must not leave runs without their scenario.</remarks>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var runs = Command(connection, "DELETE FROM parley_runs WHERE scenario_id = $1", [id]))
            {
                runs.Transaction = transaction;
                await runs.ExecuteNonQueryAsync(cancellationToken);
            }
            int deleted;
            await using (var scenario = Command(connection, "DELETE FROM parley_scenarios WHERE id = $1", [id]))
            {
                scenario.Transaction = transaction;
                deleted = await scenario.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }
        finally
        {
            if (connection is not null && !KeepsConnection) await connection.DisposeAsync();
            gate.Release();
        }
    }

    public async Task<StoredRun> AddRunAsync(string scenarioId, string kind, string request, string result, CancellationToken cancellationToken = default)
    {
        var run = new StoredRun(NewId(), scenarioId, kind, request, result, Now());
        await ExecuteAsync("INSERT INTO parley_runs (id, scenario_id, kind, request, result, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            [run.Id, scenarioId, kind, request, result, Text(run.CreatedAt)], cancellationToken);
        return run;
    }

    public Task<IReadOnlyList<StoredRun>> ListRunsAsync(string scenarioId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, scenario_id, kind, request, '' AS result, created_at FROM parley_runs WHERE scenario_id = $1 ORDER BY created_at DESC, id", [scenarioId], ReadRun, cancellationToken);

    public async Task<StoredRun?> GetRunAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT id, scenario_id, kind, request, result, created_at FROM parley_runs WHERE id = $1", [id], ReadRun, cancellationToken)).FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        if (kept is not null) await kept.DisposeAsync();
        kept = null;
        gate.Dispose();
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!KeepsConnection) return await database.OpenAsync(What, cancellationToken);
        return kept ??= await database.OpenAsync(What, cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, object[] parameters, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (connection is not null && !KeepsConnection) await connection.DisposeAsync();
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object[] parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            if (connection is not null && !KeepsConnection) await connection.DisposeAsync();
            gate.Release();
        }
    }

    private DbCommand Command(DbConnection connection, string sql, object[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(database.Dialect.Parameter(p));
        return command;
    }

    private static StoredScenario ReadScenario(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Parse(r.GetString(4)), Parse(r.GetString(5)));

    private static StoredRun ReadRun(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Parse(r.GetString(5)));

    private static DateTimeOffset Now() => DateTimeOffset.UtcNow;

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>12 random hex digits: unguessable enough for a local tool, short enough for a URL.</summary>
    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
