using System.Data.Common;
using Npgsql;

namespace Parley.Storage;

/// <summary>PostgreSQL's spelling: tables live in the connection's current schema.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect() { }

    public override DbParameter Parameter(object? value) => new NpgsqlParameter { Value = value ?? DBNull.Value };

    public override string CountTablesNamed => "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1";

    public override string CountTablesNotStartingWith(string prefix) =>
        $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE '{LikePrefix(prefix)}' ESCAPE '\\'";
}
