using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Events;
using Parley.Events.Import;
using Parley.Events.Queries;
using Parley.Events.Reference;
using Parley.Events.Store;

namespace Parley.Cli.Commands.Events;

/// <summary>What the <c>parley events</c> commands share: opening the ledger, reading options, turning ledger errors into problems.</summary>
internal static class EventsCli
{
    public static EventLedger OpenLedger(string? db, bool mustExist)
    {
        try
        {
            return EventLedger.Open(db, mustExist);
        }
        catch (LedgerException e)
        {
            throw new InputException(EventRules.LedgerUnavailable, e.Message, "--db");
        }
    }

    /// <summary>Runs a query, reporting database failures as input problems (exit code 2) rather than crashes.</summary>
    public static T Query<T>(EventLedger ledger, Func<T> query)
    {
        try
        {
            return query();
        }
        catch (System.Data.Common.DbException e)
        {
            throw new InputException(EventRules.LedgerUnavailable, $"the ledger {ledger.Location.Display} failed the query: {e.Message}", "--db");
        }
    }

    public static string Country(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(Rules.MissingField, "a country is required (code such as PRK, FIPS such as KN, or a name)", option);
        var country = ReferenceData.Countries.Resolve(text)
            ?? throw new InputException(EventRules.UnknownCountry, $"'{text}' is not a country Parley knows; use a CAMEO/ISO code (PRK), a FIPS code (KN) or a name (North Korea)", option);
        return country.CameoCode;
    }

    public static IReadOnlyList<string> Countries(string? list, string option) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => Country(c, option)).Distinct().ToList();

    public static EventFilter Filter(EventQuerySettings settings)
    {
        DateOnly? from = null, to = null;
        if (settings.From is { } f)
        {
            from = Periods.ParseBound(f, end: false) ?? throw new InputException(Rules.InvalidDate, $"'{f}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", "--from");
        }
        if (settings.To is { } t)
        {
            to = Periods.ParseBound(t, end: true) ?? throw new InputException(Rules.InvalidDate, $"'{t}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", "--to");
        }
        if (from is { } a && to is { } b && b <= a) throw new InputException(Rules.InvalidValue, "--to is before --from", "--to");
        var datasets = new List<string>();
        foreach (var d in (settings.Dataset ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dataset = EventDataset.Find(d) ?? throw new InputException(Rules.InvalidValue,
                $"unknown dataset '{d}'; use {string.Join(", ", EventDataset.All.Select(x => x.Id))}", "--dataset");
            datasets.Add(dataset.Id);
        }
        return new EventFilter(from, to, datasets, Countries(settings.About, "--about"));
    }

    public static InputException Problem(EventFileException e) =>
        new([new Problem(EventRules.UnreadableEventFile, e.Reason, e.File, e.Line is { } l ? new SourceLocation((int)Math.Min(l, int.MaxValue), 1) : null, e.Field)]);

    public static InputException Problem(StrictImportException e) =>
        new([new Problem(EventRules.BadEventLine, e.Line.Message + " (--strict: nothing from this file was imported)", e.Line.File,
            new SourceLocation((int)Math.Min(e.Line.Line, int.MaxValue), 1), e.Line.Field)]);
}
