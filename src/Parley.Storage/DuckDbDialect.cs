using System.Data.Common;
using DuckDB.NET.Data;

namespace Parley.Storage;

/// <summary>DuckDB's spelling: tables live in schema <c>main</c>.</summary>
public sealed class DuckDbDialect : SqlDialect
{
    public static readonly DuckDbDialect Instance = new();

    private DuckDbDialect() { }

    public override DbParameter Parameter(object? value) => new DuckDBParameter(value ?? DBNull.Value);

    public override string CountTablesNamed => "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $1";

    public override string CountTablesNotStartingWith(string prefix) =>
        $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name NOT LIKE '{LikePrefix(prefix)}' ESCAPE '\\'";
}
