using Parley.Reports.Events;
using Parley.Application.Events;

namespace Parley.Cli.Infrastructure;

/// <summary>Opens the event ledger named by <c>--events</c> (a <c>--db</c> value) for the cooperation chart.</summary>
internal static class EventLedgerAdapter
{
    public static IDyadHistory Open(string? store) => new LedgerDyadHistory(store);
}
