namespace Parley.Storage.Scenarios;

/// <summary>
/// Where the web app keeps scenarios and runs, so that a restart loses nothing: in the same database
/// as the event ledger (a DuckDB file by default, or PostgreSQL). An interface so that tests and
/// other hosts can supply their own.
/// </summary>
public interface IScenarioStore : IAsyncDisposable
{
    /// <summary>Creates the tables if they are missing.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredScenario>> ListAsync(CancellationToken cancellationToken = default);

    Task<StoredScenario?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<StoredScenario> AddAsync(string title, string fileName, string content, CancellationToken cancellationToken = default);

    /// <summary>Replaces a scenario's content; null when there is no such scenario.</summary>
    Task<StoredScenario?> UpdateAsync(string id, string title, string fileName, string content, CancellationToken cancellationToken = default);

    /// <summary>Deletes a scenario and its runs; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<StoredRun> AddRunAsync(string scenarioId, string kind, string request, string result, CancellationToken cancellationToken = default);

    /// <summary>A scenario's runs, newest first (without their results, which can be large).</summary>
    Task<IReadOnlyList<StoredRun>> ListRunsAsync(string scenarioId, CancellationToken cancellationToken = default);

    Task<StoredRun?> GetRunAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>What the store is, for the start-up message (a file name or a host, never a password).</summary>
    string Describe();
}
