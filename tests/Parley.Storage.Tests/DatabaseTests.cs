using System.Data.Common;

namespace Parley.Storage.Tests;

public class DatabaseTests
{
    [Fact]
    public void A_DuckDB_file_that_cannot_be_opened_is_a_storage_problem_naming_the_use_and_the_file()
    {
        string folder = Directory.CreateTempSubdirectory("parley-storage-").FullName;
        try
        {
            // A folder where the database file should be: DuckDB cannot open it.
            var e = Assert.Throws<StorageException>(() => Database.At(folder).Open("ledger"));
            Assert.StartsWith($"cannot open the DuckDB ledger '{folder}'", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bad_npgsql_connection_string_is_a_storage_problem_not_a_crash()
    {
        var e = Assert.Throws<StorageException>(() => Database.At("Host=localhost;Colour=blue").Open("scenario store"));
        Assert.Contains("connection string for the scenario store is not valid", e.Message);
    }

    [Fact]
    public void A_server_that_is_not_there_is_a_storage_problem_naming_it()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        var e = Assert.Throws<StorageException>(() => Database.At("postgres://me:secret@127.0.0.1:1/parley").Open("ledger"));
        Assert.StartsWith("cannot connect to the PostgreSQL ledger postgres://me:***@127.0.0.1:1/parley", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void Foreign_tables_are_found_and_an_underscore_in_the_prefix_matches_only_itself()
    {
        var database = Database.At(":memory:");
        using var connection = database.Open("test");
        Execute(connection, "CREATE TABLE parley_runs (id INTEGER)");
        Assert.Equal(0L, Count(connection, database.Dialect.CountTablesNotStartingWith("parley_")));
        // "parleyx" would match an unescaped LIKE 'parley_%'; it is not one of Parley's tables.
        Execute(connection, "CREATE TABLE parleyx (id INTEGER)");
        Assert.Equal(1L, Count(connection, database.Dialect.CountTablesNotStartingWith("parley_")));
        using var named = connection.CreateCommand();
        named.CommandText = database.Dialect.CountTablesNamed;
        named.Parameters.Add(database.Dialect.Parameter("parley_runs"));
        Assert.Equal(1L, Convert.ToInt64(named.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
