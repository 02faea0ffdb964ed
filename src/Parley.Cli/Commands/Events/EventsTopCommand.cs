using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Output;
using Parley.Events.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsTopSettings : EventQuerySettings
{
    [CommandOption("--actor <COUNTRY>")]
    [Description("The country whose actions are listed (the event's source).")]
    public string? Actor { get; init; }

    [CommandOption("--target <COUNTRY>")]
    [Description("Only actions towards this country (default any target).")]
    public string? Target { get; init; }

    [CommandOption("--limit <N>")]
    [Description("How many events in each list (default 20, at most 1000).")]
    [DefaultValue(20)]
    public int Limit { get; init; } = 20;
}

/// <summary><c>parley events top</c>: the most cooperative and most conflictual events by Goldstein score, with descriptions.</summary>
public sealed class EventsTopCommand : Command<EventsTopSettings>
{
    public override int Execute(CommandContext context, EventsTopSettings settings, CancellationToken cancellationToken)
    {
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        if (settings.Limit is < 1 or > 1000) throw new InputException(Rules.InvalidValue, $"--limit must be between 1 and 1000, not {settings.Limit}", "--limit");
        string actor = EventsCli.Country(settings.Actor, "--actor");
        string? target = settings.Target is null ? null : EventsCli.Country(settings.Target, "--target");
        var filter = EventsCli.Filter(settings);
        using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: true);
        var result = EventsCli.Query(ledger, () => TopEventsQuery.Run(ledger, actor, target, settings.Limit, filter));
        var terminal = Terminal.Current;
        switch (format)
        {
            case "json": terminal.Raw.Write(EventsJsonWriter.Top(result)); break;
            case "csv": terminal.Raw.Write(EventsCsvWriter.Top(result)); break;
            default: terminal.Out.Write(EventsTables.Top(result)); break;
        }
        return ExitCodes.Ok;
    }
}
