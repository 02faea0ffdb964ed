using System.ComponentModel;
using Parley.Storage;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

/// <summary>The --db option of every <c>parley events</c> command.</summary>
public class EventLedgerSettings : CommandSettings
{
    [CommandOption("--db <DB>")]
    [Description("The event ledger: a DuckDB file (default " + DatabaseLocation.DefaultPath + ", created on first import) or a PostgreSQL server, postgres://user:password@host:5432/database or an Npgsql connection string.")]
    public string? Db { get; init; }
}

/// <summary>Options shared by the ledger queries.</summary>
public class EventQuerySettings : EventLedgerSettings
{
    [CommandOption("--from <DATE>")]
    [Description("First day counted: YYYY, YYYY-MM or YYYY-MM-DD (a month or year starts on its first day).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last day counted, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (2019-12 includes all of December).")]
    public string? To { get; init; }

    [CommandOption("--dataset <IDS>")]
    [Description("Only these datasets, comma-separated: gdelt1, gdelt2, icews, parley (default all; mixing GDELT and ICEWS counts one happening twice).")]
    public string? Dataset { get; init; }

    [CommandOption("--about <COUNTRIES>")]
    [Description("Only events 'about' these countries, comma-separated: an event of the same story (ICEWS Story ID, GDELT article URL or mention, Parley url/citation) involves one of them. See docs/events.md.")]
    public string? About { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";
}
