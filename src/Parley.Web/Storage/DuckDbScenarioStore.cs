using System.Data.Common;
using DuckDB.NET.Data;

namespace Parley.Web.Storage;

/// <summary>Scenarios and runs in a DuckDB file (the default store: nothing to install or start).</summary>
public sealed class DuckDbScenarioStore : SqlScenarioStore
{
    private readonly string path;
    private DuckDBConnection? connection;

    /// <param name="path">The database file (created if missing), or ":memory:" for tests.</param>
    public DuckDbScenarioStore(string path) => this.path = path;

    protected override bool KeepsConnection => true;

    public override string Describe() => path == ":memory:" ? "DuckDB in memory (nothing is kept)" : "DuckDB file " + Path.GetFullPath(path);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            connection = new DuckDBConnection("Data Source=" + path);
            await connection.OpenAsync(cancellationToken);
        }
        return connection;
    }

    protected override void AddParameter(DbCommand command, object value) => command.Parameters.Add(new DuckDBParameter(value));

    public override async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
        connection = null;
        await base.DisposeAsync();
    }
}
