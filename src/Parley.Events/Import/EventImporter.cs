using System.Data.Common;
using Parley.Events.Reference;
using Parley.Events.Store;

namespace Parley.Events.Import;

/// <summary>
/// Imports event files into the ledger. Each file is one transaction: it lands whole (minus its
/// bad lines, or nothing at all with <c>strict</c>) or not at all. Re-importing adds nothing,
/// because rows whose dataset and event key the ledger already holds are dropped.
/// </summary>
public static class EventImporter
{
    /// <summary>Batches in flight between the parsing thread and the database writer.</summary>
    private const int PipelineDepth = 3;

    /// <param name="format">Null to detect; for <c>parley</c> give <see cref="EventFormat.ParleyCsv"/> with <paramref name="parleyAny"/>.</param>
    public static IReadOnlyList<ImportReport> Import(EventLedger ledger, string path, EventFormat? format = null, bool strict = false,
        bool parleyAny = false, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<InputEntry> entries;
        try
        {
            entries = InputEntry.List(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new EventFileException(path, null, "file", e is FileNotFoundException ? $"no such file: {path}" : $"cannot read: {e.Message}", e);
        }

        var reports = new List<ImportReport>();
        try
        {
            using var transaction = ledger.BeginImport();
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports.Add(ImportEntry(transaction, entry, Resolve(entry, format, parleyAny), strict, cancellationToken));
            }
            transaction.Commit();
        }
        catch (DbException e)
        {
            throw new LedgerException($"the ledger {ledger.Location.Display} refused the import of '{path}', so nothing of it was kept: {e.Message}", e);
        }
        return reports;
    }

    private static EventFormat Resolve(InputEntry entry, EventFormat? format, bool parleyAny)
    {
        if (format is { } given && !parleyAny) return given;
        var detected = Detect(entry);
        if (parleyAny)
        {
            return detected == EventFormat.ParleyYaml ? EventFormat.ParleyYaml : EventFormat.ParleyCsv;
        }
        return detected ?? throw new EventFileException(entry.Display, 1, "format", "cannot tell the format; give --format (" + EventFormats.Choices + ")");
    }

    private static EventFormat? Detect(InputEntry entry)
    {
        try
        {
            var detected = FormatDetector.Detect(entry, out var reason);
            if (detected is null && reason is not null) throw new EventFileException(entry.Display, 1, "format", $"cannot tell the format: {reason}; give --format ({EventFormats.Choices})");
            return detected;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new EventFileException(entry.Display, null, "file", $"cannot read: {e.Message}", e);
        }
    }

    private static ImportReport ImportEntry(ImportTransaction transaction, InputEntry entry, EventFormat format, bool strict, CancellationToken cancellationToken)
    {
        bool mentions = format == EventFormat.Gdelt2Mentions;
        var dataset = format switch
        {
            EventFormat.Gdelt1 => EventDataset.Gdelt1,
            EventFormat.Gdelt2 or EventFormat.Gdelt2Mentions => EventDataset.Gdelt2,
            EventFormat.Icews => EventDataset.Icews,
            _ => EventDataset.Parley,
        };
        var bad = new BadLines(entry.Display, strict);
        int importId = transaction.NewImportId();
        long rows = 0;
        try
        {
            using var writer = mentions ? transaction.OpenMentions(importId, dataset.Id) : transaction.OpenEvents(importId, dataset.Id);
            if (mentions)
            {
                BatchPipeline.Run(() => new MentionBatch(), PipelineDepth,
                    (first, publish, token) => rows = EventFileReader.ProduceMentions(entry, bad, first, publish, token),
                    writer.Append, cancellationToken);
            }
            else
            {
                BatchPipeline.Run(() => new EventBatch(), PipelineDepth,
                    (first, publish, token) => rows = EventFileReader.ProduceEvents(entry, format, bad, first, publish, token),
                    writer.Append, cancellationToken);
            }
            writer.Close();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A truncated gzip or zip member surfaces here, part-way through the file.
            throw new EventFileException(entry.Display, null, "file", $"cannot read the whole file ({e.Message}); nothing of it was imported", e);
        }

        var (kept, duplicates) = transaction.RemoveDuplicates(mentions, importId, dataset.Id);
        if (rows > 0 && bad.Count == rows)
        {
            var first = bad.First[0];
            throw new EventFileException(entry.Display, first.Line, first.Field,
                $"no line could be read as {EventFormats.Name(format)}; the first problem: {first.Message}");
        }
        transaction.Record(importId, dataset.Id, entry.Display, EventFormats.Name(format), rows, kept, duplicates, bad.Count);
        return new ImportReport(entry.Display, format, dataset.Id, rows, kept, duplicates, bad.Count, bad.First);
    }
}
