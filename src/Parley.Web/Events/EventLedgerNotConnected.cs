using Parley.Reports.Events;

namespace Parley.Web.Events;

/// <summary>
/// ADAPTER POINT (event ledger, issue 6): the <see cref="IDyadHistory"/> the web app uses until the
/// ledger is merged. Register the ledger's implementation instead in
/// <see cref="ParleyWebApp.Create"/> (one line: <c>services.AddSingleton&lt;IDyadHistory&gt;(…)</c>);
/// the endpoints and the page's dyad chart then work unchanged.
/// </summary>
public sealed class EventLedgerNotConnected : IDyadHistory
{
    public const string Message = "the event ledger is not part of this build, so there are no events to chart";

    public CooperationSeries Cooperation(string source, string target, string period, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Message);
}
