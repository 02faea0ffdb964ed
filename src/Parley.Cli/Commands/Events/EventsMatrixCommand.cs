using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Output;
using Parley.Events.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsMatrixSettings : EventQuerySettings
{
    [CommandOption("--actors <COUNTRIES>")]
    [Description("Countries, comma-separated (at least two), e.g. USA,RUS,CHN,PRK,KOR,JPN.")]
    public string? Actors { get; init; }
}

/// <summary><c>parley events matrix</c>: mean Goldstein score and event count for every ordered pair of the actors.</summary>
public sealed class EventsMatrixCommand : Command<EventsMatrixSettings>
{
    public override int Execute(CommandContext context, EventsMatrixSettings settings, CancellationToken cancellationToken)
    {
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var actors = EventsCli.Countries(settings.Actors, "--actors");
        if (actors.Count < 2) throw new InputException(Rules.MissingField, "give at least two countries, e.g. --actors USA,RUS,CHN,PRK,KOR,JPN", "--actors");
        var filter = EventsCli.Filter(settings);
        using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: true);
        var result = EventsCli.Query(ledger, () => MatrixQuery.Run(ledger, actors, filter));
        var terminal = Terminal.Current;
        switch (format)
        {
            case "json": terminal.Raw.Write(EventsJsonWriter.Matrix(result)); break;
            case "csv": terminal.Raw.Write(EventsCsvWriter.Matrix(result)); break;
            default: terminal.Out.Write(EventsTables.Matrix(result)); break;
        }
        return ExitCodes.Ok;
    }
}
