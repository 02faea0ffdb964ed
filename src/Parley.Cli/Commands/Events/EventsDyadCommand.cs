using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Output;
using Parley.Events.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsDyadSettings : EventQuerySettings
{
    [CommandArgument(0, "<A>")]
    [Description("First country: CAMEO/ISO code (USA), FIPS code (US) or name.")]
    public string A { get; init; } = "";

    [CommandArgument(1, "<B>")]
    [Description("Second country.")]
    public string B { get; init; } = "";

    [CommandOption("--by <PERIOD>")]
    [Description("Period length: month (default), quarter or year.")]
    [DefaultValue("month")]
    public string By { get; init; } = "month";
}

/// <summary><c>parley events dyad A B</c>: per period, counts by QuadClass and Goldstein sum and mean, A→B, B→A and both.</summary>
public sealed class EventsDyadCommand : Command<EventsDyadSettings>
{
    public override int Execute(CommandContext context, EventsDyadSettings settings, CancellationToken cancellationToken)
    {
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var grain = Periods.ParseGrain(settings.By) ?? throw new InputException(Rules.InvalidValue, $"unknown period '{settings.By}'; use month, quarter or year", "--by");
        string a = EventsCli.Country(settings.A, "A"), b = EventsCli.Country(settings.B, "B");
        if (a == b) throw new InputException(Rules.InvalidValue, $"A and B are both {a}; a dyad needs two countries", "B");
        var filter = EventsCli.Filter(settings);
        using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: true);
        var result = EventsCli.Query(ledger, () => DyadQuery.Run(ledger, a, b, grain, filter));
        var terminal = Terminal.Current;
        switch (format)
        {
            case "json": terminal.Raw.Write(EventsJsonWriter.Dyad(result)); break;
            case "csv": terminal.Raw.Write(EventsCsvWriter.Dyad(result)); break;
            default: terminal.Out.Write(EventsTables.Dyad(result)); break;
        }
        return ExitCodes.Ok;
    }
}
