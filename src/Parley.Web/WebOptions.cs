namespace Parley.Web;

/// <summary>How <c>parley serve</c> runs the web app.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Environment variable holding the access token when <c>--token</c> is not given.</summary>
    public const string TokenVariable = "PARLEY_TOKEN";

    /// <summary>Addresses to listen on, ASP.NET style (<c>http://127.0.0.1:5000;http://[::1]:5000</c>).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>A DuckDB file (default <c>parley.duckdb</c>) or a PostgreSQL connection string.</summary>
    public string? Database { get; init; }

    /// <summary>The access token; required when any address is not loopback.</summary>
    public string? Token { get; init; }

    /// <summary>Store the flagship scenario when the store is empty, so the first page shows something real.</summary>
    public bool SeedFlagship { get; init; } = true;

    /// <summary>Largest request body accepted (scenario files are a few kilobytes; 4 MB leaves room for big CSVs).</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Monte Carlo runs one web request may ask for, so one request cannot hold the server for minutes.</summary>
    public int MaxRuns { get; init; } = 200_000;

    /// <summary>
    /// Analyses (requests under <c>/api</c>) run at once; more wait in a queue. Models are CPU-bound,
    /// so more than one per core only makes every request slower.
    /// </summary>
    public int MaxConcurrentAnalyses { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Requests that may wait for a free slot; past that a request is answered 503 with <c>Retry-After</c> at once.</summary>
    public int MaxQueuedAnalyses { get; init; } = 256;

    /// <summary>
    /// Longest a request may take, waiting included; then it is cancelled and answered 503 with
    /// <c>Retry-After</c>, so one huge request (200,000 runs of every model took 297 s) cannot hold the server.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seconds a client is told to wait before retrying a refused request.</summary>
    public int RetryAfterSeconds { get; init; } = 5;
}
