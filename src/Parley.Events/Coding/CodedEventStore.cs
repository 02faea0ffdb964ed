using System.Data.Common;
using Parley.Events.Import;
using Parley.Events.Reference;
using Parley.Events.Store;

namespace Parley.Events.Coding;

/// <summary>What writing one document's events to the ledger did.</summary>
public sealed record CodedImportReport(string File, string Dataset, long Coded, long Imported, long Duplicates);

/// <summary>
/// Writes coded events to the ledger as dataset <c>coded:&lt;file name&gt;</c>, through the same
/// bulk writers, transaction and duplicate removal as every import: a document lands whole or not
/// at all, and coding the same file again adds nothing (events are keyed by sentence, verb offset,
/// actors and code).
/// </summary>
public static class CodedEventStore
{
    public const string Format = "coded-text";

    public static string DatasetOf(string fileName) => "coded:" + fileName;

    public static CodedImportReport Write(EventLedger ledger, string file, IReadOnlyList<CodedEvent> events)
    {
        string dataset = DatasetOf(Path.GetFileName(file));
        try
        {
            using var transaction = ledger.BeginImport();
            if (ledger.ScalarLong("SELECT COUNT(*) FROM datasets WHERE dataset = $1", dataset) == 0)
            {
                ledger.Execute("INSERT INTO datasets (dataset, name, quad_rule, goldstein_source, licence) VALUES ($1, $2, $3, $4, $5)",
                    dataset, $"events coded by Parley from {Path.GetFileName(file)}", QuadRules.Describe(QuadRule.Gdelt),
                    "GDELT's score of the code (ICEWS's for 1213)", "as the coded text");
            }
            int importId = transaction.NewImportId();
            using (var writer = transaction.OpenEvents(importId, dataset))
            {
                var batch = new EventBatch(Math.Max(1, Math.Min(events.Count, EventBatch.DefaultCapacity)));
                foreach (var e in events)
                {
                    if (batch.IsFull) { writer.Append(batch); batch.Clear(); }
                    var code = ReferenceData.Codebook.Find(e.EventCode);
                    if (code is null) continue;
                    int row = batch.BeginRow(e.SentenceIndex);
                    batch.Dates[row] = e.Date;
                    batch.Quads[row] = code.Quad(QuadRule.Gdelt);
                    batch.Goldstein[row] = code.Goldstein ?? double.NaN;
                    batch.Set(EventText.EventKey, e.Key);
                    batch.Set(EventText.SourceCode, e.SourceCode);
                    batch.Set(EventText.SourceName, e.Source.Text);
                    batch.Set(EventText.SourceCountry, e.SourceCountry);
                    batch.Set(EventText.TargetCode, e.TargetCode);
                    batch.Set(EventText.TargetName, e.Target.Text);
                    batch.Set(EventText.TargetCountry, e.TargetCountry);
                    batch.Set(EventText.CameoCode, code.Code);
                    batch.Set(EventText.RootCode, code.RootCode);
                    batch.Set(EventText.Story, e.Document);
                    batch.Set(EventText.Description, e.Sentence.Length > 500 ? e.Sentence[..500] : e.Sentence);
                    batch.CommitRow();
                }
                if (batch.Count > 0) writer.Append(batch);
                writer.Close();
            }
            var (kept, duplicates) = transaction.RemoveDuplicates(false, importId, dataset);
            transaction.Record(importId, dataset, file, Format, events.Count, kept, duplicates, 0);
            transaction.Commit();
            return new CodedImportReport(file, dataset, events.Count, kept, duplicates);
        }
        catch (DbException e)
        {
            throw new LedgerException($"the ledger {ledger.Location.Display} refused the events coded from '{file}', so none were kept: {e.Message}", e);
        }
    }
}
