using System.Data.Common;

namespace Parley.Storage;

/// <summary>
/// What differs in the SQL Parley sends to DuckDB and to PostgreSQL. Statements are otherwise written
/// once, with positional parameters <c>$1, $2…</c> that both understand. Immutable and thread-safe.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>A positional parameter's value, spelled the database's way (null becomes SQL NULL).</summary>
    public abstract DbParameter Parameter(object? value);

    /// <summary>A query with one parameter (a table name) counting tables of that name in the current schema.</summary>
    public abstract string CountTablesNamed { get; }

    /// <summary>A query counting tables in the current schema whose names do not start with <paramref name="prefix"/>.</summary>
    public abstract string CountTablesNotStartingWith(string prefix);

    /// <summary>Escapes a LIKE prefix so that '_' and '%' in it match literally.</summary>
    protected static string LikePrefix(string prefix) => prefix.Replace("\\", "\\\\").Replace("_", "\\_").Replace("%", "\\%").Replace("'", "''") + "%";
}
