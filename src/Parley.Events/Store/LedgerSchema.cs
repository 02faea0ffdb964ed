namespace Parley.Events.Store;

/// <summary>
/// The ledger's tables, the same in DuckDB and PostgreSQL (only the portable types VARCHAR,
/// DATE, SMALLINT, INTEGER, BIGINT, FLOAT8, BOOLEAN). Reference tables are copied in so that the
/// database can be queried on its own; <c>datasets</c> records each dataset's QuadClass rule,
/// Goldstein source and licence.
/// </summary>
internal static class LedgerSchema
{
    public const string Version = "1";

    /// <summary>Column order of <c>events</c>: the bulk writers append in exactly this order.</summary>
    public static readonly string[] EventColumns =
    [
        "dataset", "event_key", "event_date", "source_code", "source_name", "source_country", "target_code", "target_name",
        "target_country", "cameo_code", "root_code", "quad_class", "goldstein", "num_mentions", "num_sources", "num_articles",
        "avg_tone", "is_root_event", "action_fips", "story", "description", "import_id", "source_line",
    ];

    public static readonly string[] MentionColumns =
        ["dataset", "event_key", "story", "source_name", "mention_date", "confidence", "import_id", "source_line"];

    public static readonly string[] Tables =
    [
        "CREATE TABLE IF NOT EXISTS ledger_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS datasets (dataset VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, quad_rule VARCHAR NOT NULL, goldstein_source VARCHAR NOT NULL, licence VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS cameo_codes (code VARCHAR PRIMARY KEY, root_code VARCHAR NOT NULL, name VARCHAR NOT NULL, goldstein_gdelt FLOAT8, goldstein_icews FLOAT8, quad_gdelt SMALLINT NOT NULL, quad_icews SMALLINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS countries (cameo_code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, iso3 VARCHAR, iso2 VARCHAR, fips VARCHAR)",
        "CREATE TABLE IF NOT EXISTS ledger_imports (import_id INTEGER PRIMARY KEY, dataset VARCHAR NOT NULL, source_file VARCHAR NOT NULL, format VARCHAR NOT NULL, imported_at VARCHAR NOT NULL, rows_read BIGINT NOT NULL, rows_imported BIGINT NOT NULL, duplicates BIGINT NOT NULL, bad_lines BIGINT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS events (
            dataset VARCHAR NOT NULL,
            event_key VARCHAR NOT NULL,
            event_date DATE NOT NULL,
            source_code VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            target_code VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            cameo_code VARCHAR NOT NULL,
            root_code VARCHAR NOT NULL,
            quad_class SMALLINT NOT NULL,
            goldstein FLOAT8,
            num_mentions INTEGER,
            num_sources INTEGER,
            num_articles INTEGER,
            avg_tone FLOAT8,
            is_root_event BOOLEAN,
            action_fips VARCHAR,
            story VARCHAR,
            description VARCHAR,
            import_id INTEGER NOT NULL,
            source_line BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS event_mentions (
            dataset VARCHAR NOT NULL,
            event_key VARCHAR NOT NULL,
            story VARCHAR NOT NULL,
            source_name VARCHAR,
            mention_date DATE,
            confidence SMALLINT,
            import_id INTEGER NOT NULL,
            source_line BIGINT NOT NULL)
        """,
    ];

    /// <summary>
    /// PostgreSQL needs B-tree indexes for dedupe, dyad and per-import look-ups. Stories (long URLs)
    /// get none: the --about rule hash-joins them, and an index on them halved COPY speed. DuckDB gets none: its
    /// min/max zone maps and vectorised scans answer these queries faster than ART indexes, which
    /// would also slow bulk loading.
    /// </summary>
    public static readonly string[] PostgresIndexes =
    [
        "CREATE INDEX IF NOT EXISTS events_key ON events (dataset, event_key)",
        "CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country, event_date)",
        "CREATE INDEX IF NOT EXISTS events_import ON events (import_id)",
        "CREATE INDEX IF NOT EXISTS event_mentions_key ON event_mentions (dataset, event_key)",
        "CREATE INDEX IF NOT EXISTS event_mentions_import ON event_mentions (import_id)",
    ];
}
