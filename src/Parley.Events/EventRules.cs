namespace Parley.Events;

/// <summary>Rule names for the event ledger's problems (stable: scripts and the JSON output refer to them).</summary>
public static class EventRules
{
    /// <summary>A line of an events file that cannot become an event.</summary>
    public const string BadEventLine = "bad-event-line";

    /// <summary>An events file that cannot be imported at all (format, header, truncated archive).</summary>
    public const string UnreadableEventFile = "unreadable-event-file";

    /// <summary>The ledger database cannot be opened or refused a statement.</summary>
    public const string LedgerUnavailable = "ledger-unavailable";

    /// <summary>A country the reference tables do not know.</summary>
    public const string UnknownCountry = "unknown-country";
}
