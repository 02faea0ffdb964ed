using System.Collections.Concurrent;
using Parley.Core;
using Parley.Storage.Scenarios;

namespace Parley.Web.Api;

/// <summary>
/// Parsed stored scenarios, keyed by id and last change, so that a what-if slider does not re-read
/// the YAML on every move (the 100 ms budget is for models and charts, not parsing).
/// </summary>
public sealed class ScenarioCache(IScenarioStore store)
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Version, Scenario Scenario)> parsed = new(StringComparer.Ordinal);

    /// <summary>The stored scenario, parsed; null if there is none (or it no longer reads, which the store prevents).</summary>
    public async Task<Scenario?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null) return null;
        if (parsed.TryGetValue(id, out var hit) && hit.Version == stored.UpdatedAt) return hit.Scenario;
        var result = Parley.Core.Formats.ScenarioReader.Read(System.Text.Encoding.UTF8.GetBytes(stored.Content), stored.FileName);
        if (!result.Success) return null;
        if (parsed.Count >= Capacity) parsed.Clear();
        parsed[id] = (stored.UpdatedAt, result.Value);
        return result.Value;
    }
}
