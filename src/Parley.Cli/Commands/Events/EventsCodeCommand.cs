using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events.Coding;
using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Input;
using Parley.Events.Coding.Output;
using Parley.Events.Coding.Validation;
using Parley.Events.Store;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Events;

public sealed class EventsCodeSettings : EventLedgerSettings
{
    [CommandArgument(0, "[INPUT]")]
    [Description("Plain text (.txt), CoNLL-U (.conllu) or a folder of them.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--date <DATE>")]
    [Description("The article date (YYYY-MM-DD) that relative dates ('on Monday', 'yesterday') are counted from. Default: today (UTC).")]
    public string? Date { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--explain")]
    [Description("Say for every sentence why it was or was not coded: actors, verbs, patterns, missing source or target.")]
    public bool Explain { get; init; }

    [CommandOption("--store")]
    [Description("Write the events to the ledger given by --db (or the default ledger) as dataset coded:<file name>. Implied by --db.")]
    public bool Store { get; init; }

    [CommandOption("--validate <GOLD>")]
    [Description("Score the coder on a gold set instead: PETRARCH validation XML, PLOVER GSR JSON or the CAMEO codebook CSV. Repeatable.")]
    public string[] GoldSets { get; init; } = [];
}

/// <summary>
/// <c>parley events code</c>: turns text into CAMEO events with the dictionary coder in Parley.Events.Coding;
/// with --db they go to the ledger like an import; with --validate the coder is scored on gold sets.
/// </summary>
public sealed class EventsCodeCommand : Command<EventsCodeSettings>
{
    public override int Execute(CommandContext context, EventsCodeSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        if (settings.GoldSets.Length > 0) return Validate(terminal, settings.GoldSets);
        if (settings.Inputs.Length == 0) throw new InputException(Rules.MissingField, "give a text file, a CoNLL-U file or a folder of them", "INPUT");
        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        if (settings.Date is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new InputException(Rules.InvalidDate, $"'{d}' is not a date; write YYYY-MM-DD", "--date");
        }

        IReadOnlyList<CodedDocument> documents;
        try
        {
            documents = CodingRun.Code(new EventCoder(CodingDictionaries.Default), settings.Inputs, date);
        }
        catch (CodingInputException e)
        {
            throw new InputException([new Problem(e.Rule, e.Problem, e.File, e.Line is { } l ? new SourceLocation((int)Math.Min(l, int.MaxValue), 1) : null)]);
        }

        var events = documents.SelectMany(doc => doc.Events).ToList();
        if (settings.Explain)
        {
            foreach (var doc in documents) terminal.Raw.Write(CodedEventWriter.Explain(doc.Document.Name, doc.Sentences));
            terminal.Raw.WriteLine();
        }
        terminal.Raw.Write(format switch
        {
            "json" => CodedEventWriter.Json(events),
            "csv" => CodedEventWriter.Csv(events),
            _ => CodedEventWriter.Table(events),
        });

        if (settings.Db is not null || settings.Store)
        {
            using var ledger = EventsCli.OpenLedger(settings.Db, mustExist: false);
            foreach (var doc in documents)
            {
                try
                {
                    var report = CodedEventStore.Write(ledger, doc.Document.Path, doc.Events);
                    terminal.RawError.WriteLine($"{report.Dataset}: {report.Imported} event(s) stored in {ledger.Location.Display}, {report.Duplicates} already there");
                }
                catch (LedgerException e)
                {
                    throw new InputException(Parley.Events.EventRules.LedgerUnavailable, e.Message, "--db");
                }
            }
        }
        return ExitCodes.Ok;
    }

    private static int Validate(Terminal terminal, IEnumerable<string> files)
    {
        var scores = new List<GoldSetScores>();
        foreach (var file in files)
        {
            try
            {
                var set = GoldSetReader.Read(file);
                var (dictionaries, label) = GoldDictionaries.For(file);
                scores.Add(GoldSetEvaluator.Evaluate(new EventCoder(dictionaries), set, label));
            }
            catch (CodingInputException e)
            {
                throw new InputException([new Problem(e.Rule, e.Problem, e.File, e.Line is { } l ? new SourceLocation((int)Math.Min(l, int.MaxValue), 1) : null)]);
            }
        }
        terminal.Raw.Write(GoldSetEvaluator.Table(scores));
        foreach (var s in scores)
        {
            terminal.Raw.WriteLine();
            terminal.Raw.Write(GoldSetEvaluator.ConfusionTable(s));
        }
        return ExitCodes.Ok;
    }
}
