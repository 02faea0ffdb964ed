using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Parley.Benchmarks.Events;
using Parley.Events.Import;
using Parley.Events.Queries;
using Parley.Events.Store;

namespace Parley.Benchmarks;

/// <summary>
/// Importing a 5-million-event GDELT 1.0 file (the shipped samples replicated with fresh ids)
/// into a fresh DuckDB ledger, against DuckDB's own parallel read_csv loading the same file into
/// the same table in the same run (the baseline). Each iteration is one cold load.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class EventImportBenchmarks
{
    private string file = "";
    private string db = "";

    [Params(5_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => file = GdeltSampleFile.Ensure(Events);

    [IterationSetup]
    public void FreshDatabase() => db = Path.Combine(Path.GetTempPath(), $"parley-bench-{Guid.NewGuid():N}.duckdb");

    [IterationCleanup]
    public void Remove()
    {
        foreach (var path in new[] { db, db + ".wal" })
        {
            if (File.Exists(path)) File.Delete(path);
        }
    }

    [Benchmark(Baseline = true, Description = "DuckDB read_csv into events")]
    public long DuckDbReadCsv() => DuckDbReadCsvBaseline.Load(db, file);

    [Benchmark(Description = "parley events import (DuckDB appender)")]
    public long ParleyImportDuckDb()
    {
        using var ledger = EventLedger.Open(db);
        return EventImporter.Import(ledger, file).Sum(r => r.Imported);
    }
}

/// <summary>The same file into PostgreSQL by binary COPY (needs PARLEY_TEST_POSTGRES; the table is emptied before each iteration).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class PostgresImportBenchmarks
{
    private string file = "";
    private string db = "";

    [Params(5_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = GdeltSampleFile.Ensure(Events);
        db = Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") ?? throw new InvalidOperationException("set PARLEY_TEST_POSTGRES to an Npgsql connection string");
    }

    [IterationSetup]
    public void Empty()
    {
        using var ledger = EventLedger.Open(db);
        ledger.Execute("TRUNCATE events, event_mentions, ledger_imports");
    }

    [Benchmark(Description = "parley events import (PostgreSQL binary COPY)")]
    public long ParleyImportPostgres()
    {
        using var ledger = EventLedger.Open(db);
        return EventImporter.Import(ledger, file).Sum(r => r.Imported);
    }
}

/// <summary>A dyad query (USA–CHN by month, both directions) over a ledger holding the 5-million-event file.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class DyadQueryBenchmarks
{
    private EventLedger duckdb = null!;
    private EventLedger? postgres;
    private string db = "";

    [Params(5_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string file = GdeltSampleFile.Ensure(Events);
        db = Path.Combine(Path.GetTempPath(), $"parley-dyad-{Events}.duckdb");
        bool fresh = !File.Exists(db);
        duckdb = EventLedger.Open(db);
        if (fresh) EventImporter.Import(duckdb, file);
        if (Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } pg)
        {
            postgres = EventLedger.Open(pg);
            if (postgres.CountEvents() != Events)
            {
                postgres.Execute("TRUNCATE events, event_mentions, ledger_imports");
                EventImporter.Import(postgres, file);
                postgres.Execute("ANALYZE events");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        duckdb.Dispose();
        postgres?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "DuckDB: SELECT COUNT(*) FROM events")]
    public long DuckDbCount() => duckdb.CountEvents();

    [Benchmark(Description = "DuckDB: dyad USA CHN by month")]
    public int DuckDbDyad() => DyadQuery.Run(duckdb, "USA", "CHN", PeriodGrain.Month, EventFilter.All).Periods.Count;

    [Benchmark(Description = "DuckDB: dyad USA CHN by month --about PRK")]
    public int DuckDbDyadAbout() => DyadQuery.Run(duckdb, "USA", "CHN", PeriodGrain.Month, new EventFilter(About: ["PRK"])).Periods.Count;

    [Benchmark(Description = "PostgreSQL: dyad USA CHN by month")]
    public int PostgresDyad() => postgres is null ? -1 : DyadQuery.Run(postgres, "USA", "CHN", PeriodGrain.Month, EventFilter.All).Periods.Count;
}
