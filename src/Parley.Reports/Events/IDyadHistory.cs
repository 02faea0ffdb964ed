namespace Parley.Reports.Events;

/// <summary>
/// Where cooperation series come from: an event store answers, for a directed dyad and a period
/// length, the value per period. The event ledger (issue 6) implements this; the CLI and the web
/// app hold a single adapter point each that opens it.
/// </summary>
public interface IDyadHistory
{
    /// <param name="source">CAMEO code of the acting side (e.g. USA).</param>
    /// <param name="target">CAMEO code of the side acted upon (e.g. PRK).</param>
    /// <param name="period">month, quarter or year.</param>
    /// <returns>The series (empty when the store has no events for the dyad).</returns>
    CooperationSeries Cooperation(string source, string target, string period, CancellationToken cancellationToken = default);
}
