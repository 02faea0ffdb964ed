using Parley.Events.Store;

namespace Parley.Web.Storage;

/// <summary>
/// Opens the store named by <c>--db</c>, read the same way as the event ledger's (the two share a
/// database): a DuckDB file path by default, or PostgreSQL as <c>postgres://user:pass@host/db</c>
/// or an Npgsql connection string.
/// </summary>
public static class ScenarioStores
{
    public const string DefaultFile = LedgerLocation.DefaultPath;

    public static IScenarioStore Open(string? database)
    {
        LedgerLocation location;
        try
        {
            location = LedgerLocation.Parse(database);
        }
        catch (LedgerException e)
        {
            throw new ArgumentException(e.Message, nameof(database), e);
        }
        return location.Kind == LedgerKind.Postgres
            ? new PostgresScenarioStore(location.ConnectionString)
            : new DuckDbScenarioStore(location.FilePath!);
    }
}
