using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Import;
using Parley.Events.Output;
using Parley.Events.Store;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsImportSettings : EventLedgerSettings
{
    [CommandArgument(0, "<FILES>")]
    [Description("Event files: GDELT 1.0/2.0 exports or mentions, ICEWS .tab files, Parley events CSV or YAML. Gzip and zip are read directly.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("Input format, when detection is not wanted: gdelt1, gdelt2, gdelt2-mentions, icews or parley (CSV or YAML). Detected from each file when omitted.")]
    public string? Format { get; init; }

    [CommandOption("--strict")]
    [Description("Reject a file at its first bad line (nothing of it is imported). Without it bad lines are counted, the first 20 shown, and the rest imported.")]
    public bool Strict { get; init; }

    [CommandOption("--report <FORMAT>")]
    [Description("Summary: table (default) or json.")]
    [DefaultValue("table")]
    public string Report { get; init; } = "table";
}

/// <summary>
/// <c>parley events import</c>: each file lands whole or not at all (one transaction per file);
/// re-importing a file adds nothing. Prints rows read, imported, duplicates skipped and bad lines.
/// </summary>
public sealed class EventsImportCommand : Command<EventsImportSettings>
{
    public override int Execute(CommandContext context, EventsImportSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string report = OutputFormat.Parse(settings.Report, "table", "json");
        if (settings.Files.Length == 0) throw new InputException(Rules.MissingField, "give at least one events file", "FILES");
        EventFormat? format = null;
        bool parleyAny = false;
        if (settings.Format is { } name)
        {
            format = EventFormats.Parse(name, out parleyAny)
                ?? throw new InputException(Rules.InvalidValue, $"unknown input format '{name}'; use {EventFormats.Choices}", "--format");
        }

        // Every file is checked before the ledger is opened: a mistyped name must not leave a new,
        // empty ledger file behind (issue 14).
        foreach (var file in settings.Files)
        {
            if (Directory.Exists(file)) throw new InputException(Rules.FileNotFound, $"'{file}' is a folder; name the event files in it", "FILES");
            if (!File.Exists(file)) throw new InputException(Rules.FileNotFound, $"no such file: {file}", "FILES");
        }
        DatabaseLocation location;
        try
        {
            location = DatabaseLocation.Parse(settings.Db);
        }
        catch (StorageException e)
        {
            throw new InputException(Parley.Events.EventRules.LedgerUnavailable, e.Message, "--db");
        }
        string? newLedgerFile = location is { FilePath: { } path } && !File.Exists(path) ? path : null;
        using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: false);
        var reports = new List<ImportReport>();
        foreach (var file in settings.Files)
        {
            try
            {
                reports.AddRange(EventImporter.Import(ledger, file, format, settings.Strict, parleyAny, cancellationToken));
            }
            catch (Exception e) when (e is EventFileException or StrictImportException or LedgerException)
            {
                if (reports.Count == 0 && newLedgerFile is not null) RemoveNewLedger(ledger, newLedgerFile);
                if (reports.Count > 0) Print(terminal, ledger, reports, report);
                if (reports.Count > 0) terminal.Error.MarkupLine($"[yellow]note[/]: the {reports.Count} file(s) above were imported; '{Markup.Escape(file)}' and the files after it were not.");
                throw e switch
                {
                    EventFileException f => EventsCli.Problem(f),
                    StrictImportException s => EventsCli.Problem(s),
                    _ => new InputException(Parley.Events.EventRules.LedgerUnavailable, e.Message, "--db"),
                };
            }
        }
        Print(terminal, ledger, reports, report);
        return ExitCodes.Ok;
    }

    /// <summary>A ledger this command created and then imported nothing into is not left behind.</summary>
    private static void RemoveNewLedger(EventLedger ledger, string path)
    {
        ledger.Dispose();
        foreach (var file in new[] { path, path + ".wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the import failed either way, and that is what is reported.
            }
        }
    }

    private static void Print(Terminal terminal, EventLedger ledger, IReadOnlyList<ImportReport> reports, string format)
    {
        if (format == "json")
        {
            terminal.Raw.Write(EventsJsonWriter.Imports(reports));
            return;
        }
        terminal.Out.Write(EventsTables.Imports(ledger.Location.Display, reports));
        foreach (var r in reports.Where(r => r.BadLineCount > 0))
        {
            foreach (var bad in r.BadLines) terminal.Error.MarkupLine("[yellow]bad line[/]: " + Markup.Escape($"{bad} [{Parley.Events.EventRules.BadEventLine}]"));
            if (r.BadLineCount > r.BadLines.Count)
            {
                terminal.Error.MarkupLine($"[yellow]… and {r.BadLineCount - r.BadLines.Count} more bad line(s) in {Markup.Escape(r.File)}[/] (the first {BadLines.Shown} are shown).");
            }
        }
    }
}
