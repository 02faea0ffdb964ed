namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// Phrases that mark a sentence as not political news (sports results, anniversaries, "years ago"):
/// PETRARCH's discard list. A sentence holding one is not coded, and --explain says which phrase.
/// </summary>
public sealed class DiscardDictionary
{
    public PhraseTrie<string> Phrases { get; } = new();

    public void Load(TextReader reader, string source)
    {
        foreach (var (line, raw) in DictionaryText.Lines(reader))
        {
            var text = raw.Trim().TrimStart('+').Trim();
            if (text.Length == 0) continue;
            var words = DictionaryText.Words(text);
            if (words.Count > 0) Phrases.Add(words, $"{text} ({source}:{line})");
        }
    }
}
