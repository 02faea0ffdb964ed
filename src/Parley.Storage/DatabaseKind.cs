namespace Parley.Storage;

/// <summary>The two databases Parley can keep its data in.</summary>
public enum DatabaseKind
{
    /// <summary>An embedded DuckDB file: nothing to install or start (the default).</summary>
    DuckDb,

    /// <summary>A PostgreSQL server, for a team sharing one ledger and scenario library.</summary>
    Postgres,
}
