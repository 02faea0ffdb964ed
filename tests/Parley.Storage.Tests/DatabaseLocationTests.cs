using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Parley.Storage.Tests;

public class DatabaseLocationTests
{
    [Fact]
    public void An_empty_value_is_the_default_DuckDB_file()
    {
        var location = DatabaseLocation.Parse(null);
        Assert.Equal(DatabaseKind.DuckDb, location.Kind);
        Assert.Equal(DatabaseLocation.DefaultPath, location.FilePath);
        Assert.Equal("Data Source=" + DatabaseLocation.DefaultPath, location.ConnectionString);
    }

    [Fact]
    public void A_postgres_uri_becomes_an_npgsql_connection_string_and_its_display_hides_the_password()
    {
        var location = DatabaseLocation.Parse("postgres://analyst:s%3Bcret@db.example.org:6543/parley?sslmode=require");
        Assert.Equal(DatabaseKind.Postgres, location.Kind);
        Assert.Equal("Host=db.example.org;Port=6543;Database=parley;Username=analyst;Password=\"s;cret\";SSL Mode=require", location.ConnectionString);
        Assert.Equal("postgres://analyst:***@db.example.org:6543/parley?sslmode=require", location.Display);
        Assert.Null(location.FilePath);
    }

    [Fact]
    public void An_npgsql_connection_string_is_taken_as_it_is()
    {
        var location = DatabaseLocation.Parse("Host=localhost;Database=parley;Password=x");
        Assert.Equal(DatabaseKind.Postgres, location.Kind);
        Assert.DoesNotContain("Password", location.Display);
    }

    [Fact]
    public void A_malformed_uri_is_refused_without_echoing_the_password()
    {
        var e = Assert.Throws<StorageException>(() => DatabaseLocation.Parse("postgres://me:hunter2@/"));
        Assert.Contains("is not a PostgreSQL URI", e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Property(MaxTest = 200)]
    public Property No_message_or_display_ever_contains_the_password(NonEmptyString password)
    {
        string secret = "pw" + new string(password.Get.Where(char.IsLetterOrDigit).ToArray()) + "Z9";
        string uri = $"postgres://me:{Uri.EscapeDataString(secret)}@host/db";
        var location = DatabaseLocation.Parse(uri);
        return (!location.Display.Contains(secret, StringComparison.Ordinal)).Label(location.Display);
    }
}
