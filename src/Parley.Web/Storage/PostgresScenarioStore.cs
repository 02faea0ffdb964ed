using System.Data.Common;
using Npgsql;

namespace Parley.Web.Storage;

/// <summary>Scenarios and runs in PostgreSQL, for a shared server.</summary>
public sealed class PostgresScenarioStore : SqlScenarioStore
{
    private readonly NpgsqlDataSource source;
    private readonly string description;

    public PostgresScenarioStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        description = $"PostgreSQL database {builder.Database} on {builder.Host}";
        source = NpgsqlDataSource.Create(builder);
    }

    public override string Describe() => description;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await source.OpenConnectionAsync(cancellationToken);

    protected override void AddParameter(DbCommand command, object value) => command.Parameters.Add(new NpgsqlParameter { Value = value });

    public override async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await base.DisposeAsync();
    }
}
