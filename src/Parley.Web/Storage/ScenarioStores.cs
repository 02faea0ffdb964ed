namespace Parley.Web.Storage;

/// <summary>Opens the store named by <c>--db</c>: a PostgreSQL connection string (it has '='), else a DuckDB file.</summary>
public static class ScenarioStores
{
    public const string DefaultFile = "parley.duckdb";

    public static IScenarioStore Open(string? database)
    {
        string target = string.IsNullOrWhiteSpace(database) ? DefaultFile : database.Trim();
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("give PostgreSQL as a key=value connection string, e.g. \"Host=localhost;Database=parley;Username=parley\"");
        }
        return target.Contains('=') ? new PostgresScenarioStore(target) : new DuckDbScenarioStore(target);
    }
}
