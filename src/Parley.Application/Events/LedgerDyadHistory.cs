using System.Collections.Immutable;
using Parley.Events.Queries;
using Parley.Events.Store;
using Parley.Reports.Events;

namespace Parley.Application.Events;

/// <summary>
/// Cooperation series from the event ledger: for a directed dyad, the mean Goldstein score of the
/// source's events towards the target, period by period. Opens the ledger for each question
/// (a DuckDB connection is not shared across threads), in the same database as the scenario store.
/// </summary>
public sealed class LedgerDyadHistory(string? database) : IDyadHistory
{
    public CooperationSeries Cooperation(string source, string target, string period, CancellationToken cancellationToken = default)
    {
        var grain = Periods.ParseGrain(period) ?? throw new ArgumentException($"period must be month, quarter or year, found '{period}'", nameof(period));
        using var ledger = EventLedger.Open(database);
        var result = DyadQuery.Run(ledger, source, target, grain, EventFilter.All);
        var points = result.Periods
            .Where(p => p.AToB.GoldsteinMean is not null)
            .Select(p => new CooperationPoint(p.Label, p.AToB.GoldsteinMean!.Value, (int)p.AToB.Count))
            .ToImmutableArray();
        return new CooperationSeries($"{source} → {target}", points);
    }
}
