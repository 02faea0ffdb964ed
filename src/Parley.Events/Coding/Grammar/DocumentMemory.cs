namespace Parley.Events.Coding.Grammar;

/// <summary>
/// What a document has said so far, for simple coreference: the actors recently named (for "the
/// two diplomats"), the subject of the previous sentence (for "he", "they"), and person names
/// introduced after a role ("Russian Deputy Foreign Minister Igor Morgulov" → later "Morgulov" is RUSGOV).
/// </summary>
public sealed class DocumentMemory
{
    private readonly List<ActorMention> recent = [];

    public Dictionary<string, ActorMention> Names { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ActorMention>? LastSubjects { get; set; }

    public int Paragraph { get; set; } = -1;

    public void Saw(ActorMention mention)
    {
        recent.RemoveAll(m => m.Code == mention.Code);
        recent.Add(mention);
        if (recent.Count > 12) recent.RemoveAt(0);
    }

    /// <summary>The last <paramref name="count"/> actors of different countries, most recent last.</summary>
    public IReadOnlyList<ActorMention> LastDistinct(int count, bool people = false)
    {
        var result = new List<ActorMention>();
        var countries = new HashSet<string>();
        for (int i = recent.Count - 1; i >= 0 && result.Count < count; i--)
        {
            // "the two diplomats" are people: actors named with a role, not places.
            if (people && recent[i].Role.Length == 0) continue;
            var key = recent[i].Country ?? recent[i].Code;
            if (countries.Add(key)) result.Insert(0, recent[i]);
        }
        return result;
    }
}
