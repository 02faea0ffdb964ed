using Parley.Events.Coding.Input;

namespace Parley.Events.Coding;

/// <summary>One document's coding: its sentence reports and the events they hold.</summary>
public sealed record CodedDocument(CodingDocument Document, IReadOnlyList<SentenceReport> Sentences)
{
    public IReadOnlyList<CodedEvent> Events => Sentences.SelectMany(s => s.Events).ToList();
}

/// <summary>Codes the inputs of one <c>parley events code</c> call.</summary>
public static class CodingRun
{
    public static IReadOnlyList<CodedDocument> Code(EventCoder coder, IEnumerable<string> paths, DateOnly articleDate)
    {
        var result = new List<CodedDocument>();
        foreach (var path in paths)
        {
            foreach (var doc in CodingInputReader.Read(path))
            {
                var reports = doc.Sentences is { } parsed
                    ? coder.Code(doc.Text, parsed, doc.Name, articleDate)
                    : coder.Code(doc.Text, doc.Name, articleDate);
                result.Add(new CodedDocument(doc, reports));
            }
        }
        return result;
    }
}
