using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>
/// One line of a GDELT 2.0 EventMentions file (16 columns): an article that mentions an event.
/// Only the link (event id → article URL), the outlet, the mention date and GDELT's confidence are kept.
/// </summary>
public sealed class GdeltMentionParser
{
    private const int Id = 0, MentionTime = 2, SourceName = 4, Identifier = 5, Confidence = 11;

    public static GdeltMentionParser Instance { get; } = new();

    public static EventDataset Dataset => EventDataset.Gdelt2;

    public LineProblem? Parse<TFields>(scoped in TFields f, MentionBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        if (f.Count != 16) return new LineProblem("columns", $"expected 16 tab-separated fields, found {f.Count}");
        int row = batch.BeginRow(line);
        var id = f[Id];
        LineProblem? problem = null;
        if (!FieldParsers.AllDigits(id) || id.Length > 18) problem = new LineProblem("GLOBALEVENTID", $"{FieldParsers.Quote(id)} is not an event id (digits expected)");
        else if (!FieldParsers.TryParseCompactDate(f[MentionTime], out var date)) problem = new LineProblem("MentionTimeDate", $"{FieldParsers.Quote(f[MentionTime])} is not a GDELT time stamp");
        else if (f[Identifier].IsEmpty) problem = new LineProblem("MentionIdentifier", "missing");
        else
        {
            int confidence = -1;
            if (!f[Confidence].IsEmpty && (!FieldParsers.TryParseInt(f[Confidence], out confidence) || confidence < 0 || confidence > 100))
            {
                problem = new LineProblem("Confidence", $"{FieldParsers.Quote(f[Confidence])} is not a confidence 0-100");
            }
            else
            {
                batch.Set(MentionText.EventKey, id);
                batch.Set(MentionText.Story, f[Identifier]);
                batch.Set(MentionText.SourceName, f[SourceName]);
                batch.MentionDates[row] = date;
                batch.Confidence[row] = confidence;
            }
        }
        if (problem is null) batch.CommitRow();
        else batch.AbandonRow();
        return problem;
    }
}
