using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using Parley.Events.Import;
using Parley.Events.Store;
using Parley.Storage.Scenarios;
using Parley.Tests.Shared;

namespace Parley.Web.Tests;

/// <summary>
/// Stored scenarios, runs and the event ledger live in one database — a DuckDB file by default,
/// or PostgreSQL (the server .ci/run starts, named by PARLEY_TEST_POSTGRES) — whichever is created first.
/// </summary>
public class SharedDatabaseTests
{
    public static TheoryData<string> Kinds => ["duckdb", "postgres"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Scenarios_runs_and_events_share_one_database_across_a_restart(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var options = new WebOptions { SeedFlagship = false, Database = database.Db };
        string id;
        await using (var first = await WebHost.InMemoryAsync(options, ScenarioStore.Open(database.Db)))
        {
            var created = await first.Client.PostAsync("/api/scenarios?name=korea.yaml",
                new StringContent(File.ReadAllText(Fixtures.Repo("examples", "korea-2019.yaml")), Encoding.UTF8, "application/yaml"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
            id = doc.RootElement.GetProperty("id").GetString()!;

            // The ledger opens the same database while the store holds it, next to the store's tables.
            using (var ledger = EventLedger.Open(database.Db))
            {
                var report = Assert.Single(EventImporter.Import(ledger, Fixtures.Repo("examples", "korea-2019-events.csv")));
                Assert.Equal(26, report.Imported);
            }
            var dyad = await first.Client.GetStringAsync("/api/events/dyad?source=RUS&target=PRK&period=year");
            Assert.Contains("\"period\":\"2019\"", dyad);
        }
        await using var second = await WebHost.InMemoryAsync(options, ScenarioStore.Open(database.Db));
        Assert.Contains(id, await second.Client.GetStringAsync("/api/scenarios"));
        Assert.Contains("\"events\":4", await second.Client.GetStringAsync("/api/events/dyad?source=RUS&target=PRK&period=year"));
    }

    /// <summary>An empty database per test: a DuckDB file, or a PostgreSQL schema of its own.</summary>
    private sealed class TestDatabase : IDisposable
    {
        private readonly string? file;
        private readonly string? schema;
        private readonly string? admin;

        private TestDatabase(string db, string? file, string? schema, string? admin)
        {
            Db = db;
            this.file = file;
            this.schema = schema;
            this.admin = admin;
        }

        public string Db { get; }

        public static TestDatabase Create(string kind)
        {
            if (kind == "duckdb")
            {
                string path = Path.Combine(Path.GetTempPath(), "parley-web-shared-" + Guid.NewGuid().ToString("N") + ".duckdb");
                return new TestDatabase(path, path, null, null);
            }
            string? admin = Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES");
            bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            if (string.IsNullOrWhiteSpace(admin))
            {
                if (ci) Assert.Fail("PARLEY_TEST_POSTGRES is not set; .ci/run must start PostgreSQL");
                Assert.Skip("PostgreSQL tests need PARLEY_TEST_POSTGRES (an Npgsql connection string); .ci/run sets it");
            }
            string name = "w_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(admin))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
                command.ExecuteNonQuery();
            }
            return new TestDatabase(new NpgsqlConnectionStringBuilder(admin) { SearchPath = name }.ConnectionString, null, name, admin);
        }

        public void Dispose()
        {
            if (file is not null)
            {
                File.Delete(file);
                File.Delete(file + ".wal");
            }
            if (schema is not null)
            {
                using var connection = new NpgsqlConnection(admin);
                connection.Open();
                using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
                command.ExecuteNonQuery();
            }
        }
    }
}
