using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Output;
using Parley.Events.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsAffinitySettings : EventQuerySettings
{
    [CommandArgument(0, "<SCENARIO>")]
    [Description("Scenario file whose actors carry CAMEO codes ('cameo: USA').")]
    public string Scenario { get; init; } = "";

    [CommandOption("--window <SPAN>")]
    [Description("Look-back window ending on the as-of date: e.g. 12m (default), 2y, 26w, 90d.")]
    [DefaultValue("12m")]
    public string Window { get; init; } = "12m";

    [CommandOption("--as-of <DATE>")]
    [Description("End of the window (YYYY-MM-DD); default the scenario's as_of.")]
    public string? AsOf { get; init; }
}

/// <summary>
/// <c>parley events affinity</c>: for every pair of scenario actors, the observed cooperation
/// index (mean Goldstein / 10) in the window before the as-of date, next to how aligned the
/// scenario's stated positions are.
/// </summary>
public sealed class EventsAffinityCommand : Command<EventsAffinitySettings>
{
    public override int Execute(CommandContext context, EventsAffinitySettings settings, CancellationToken cancellationToken)
    {
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var window = ObservationWindow.Parse(settings.Window)
            ?? throw new InputException(Rules.InvalidValue, $"'{settings.Window}' is not a window; write a number and d, w, m or y (12m, 2y)", "--window");
        if (settings.From is not null || settings.To is not null)
        {
            throw new InputException(Rules.InvalidValue, "affinity counts the --window before the as-of date; use --window and --as-of instead of --from/--to", "--from");
        }
        var scenario = ScenarioLoader.Load(settings.Scenario);
        DateOnly asOf;
        if (settings.AsOf is { } text)
        {
            asOf = Periods.ParseBound(text, end: false) is { } d && text.Trim().Length == 10 ? d
                : throw new InputException(Rules.InvalidDate, $"'{text}' is not a date YYYY-MM-DD", "--as-of");
        }
        else
        {
            asOf = scenario.AsOf ?? throw new InputException(Rules.MissingField, "the scenario has no as_of date; give --as-of YYYY-MM-DD", "--as-of");
        }
        var filter = EventsCli.Filter(settings);
        using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: true);
        var result = EventsCli.Query(ledger, () => AffinityQuery.Run(ledger, scenario, asOf, window, filter));
        var terminal = Terminal.Current;
        switch (format)
        {
            case "json": terminal.Raw.Write(EventsJsonWriter.Affinity(result)); break;
            case "csv": terminal.Raw.Write(EventsCsvWriter.Affinity(result)); break;
            default: terminal.Out.Write(EventsTables.Affinity(result)); break;
        }
        return ExitCodes.Ok;
    }
}
