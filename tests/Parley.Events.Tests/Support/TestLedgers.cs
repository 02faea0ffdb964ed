using Npgsql;
using Parley.Events.Store;

namespace Parley.Events.Tests.Support;

/// <summary>
/// A fresh, empty ledger per test: a DuckDB file in a temporary folder, or a PostgreSQL schema of
/// its own on the server named by PARLEY_TEST_POSTGRES (started by .ci/run). Without that server
/// the PostgreSQL cases are skipped locally and fail in CI (CI=true).
/// </summary>
internal sealed class TestLedger : IDisposable
{
    public const string PostgresVariable = "PARLEY_TEST_POSTGRES";
    private readonly string? directory;
    private readonly string? schema;
    private readonly string? adminConnection;

    private TestLedger(string db, string? directory, string? schema, string? adminConnection)
    {
        Db = db;
        this.directory = directory;
        this.schema = schema;
        this.adminConnection = adminConnection;
    }

    /// <summary>The --db value for this ledger.</summary>
    public string Db { get; }

    public EventLedger Open() => EventLedger.Open(Db);

    public static TestLedger Create(string kind) => kind switch
    {
        "duckdb" => CreateDuckDb(),
        "postgres" => CreatePostgres(),
        _ => throw new ArgumentException(kind),
    };

    public static TestLedger CreateDuckDb()
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-events-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return new TestLedger(System.IO.Path.Combine(dir, "ledger.duckdb"), dir, null, null);
    }

    public static TestLedger CreatePostgres()
    {
        string? admin = Environment.GetEnvironmentVariable(PostgresVariable);
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (ci) Assert.Fail($"{PostgresVariable} is not set; .ci/run must start PostgreSQL");
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} (an Npgsql connection string); .ci/run sets it");
        }
        string schemaName = "t_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schemaName}", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException e)
        {
            if (ci) Assert.Fail($"PostgreSQL at {PostgresVariable} is unreachable: {e.Message}");
            Assert.Skip($"PostgreSQL at {PostgresVariable} is unreachable: {e.Message}");
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schemaName };
        return new TestLedger(builder.ConnectionString, null, schemaName, admin);
    }

    public void Dispose()
    {
        if (directory is not null)
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        if (schema is not null && adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(adminConnection);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
