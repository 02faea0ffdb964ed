using Parley.Core.Validation;
using Parley.Reports.Events;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// ADAPTER POINT (event ledger, issue 6): opens an event store for the cooperation chart
/// (<c>parley plot --chart dyads --dyad USA-PRK --events STORE</c>). The ledger lives on another
/// branch; when it is merged, return an <see cref="IDyadHistory"/> over its store here.
/// </summary>
internal static class EventLedgerAdapter
{
    public static IDyadHistory Open(string? store)
    {
        _ = store;
        throw new InputException(Rules.InvalidValue,
            "the event ledger is not part of this build, so --dyad has no events to chart; the perception grid (without --dyad) needs the expected-utility model", "--events");
    }
}
