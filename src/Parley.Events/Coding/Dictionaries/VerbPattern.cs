using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Dictionaries;

/// <summary>One word of a pattern: a literal (stemmed unless written with a final '_') or a synonym set ("&amp;CURRENCY").</summary>
public sealed record PatternWord(string Word, bool Exact, string? Synset);

/// <summary>
/// A run of pattern words: "{ARMS SHIPMENT}" and "IN_*" are consecutive; "(TO BORDER)" is a
/// prepositional phrase whose words follow in order with a few words between.
/// </summary>
public sealed record PatternElement(IReadOnlyList<PatternWord> Words, bool Consecutive, bool AdjacentToVerb);

/// <summary>A TABARI/PETRARCH verb pattern: words before the verb ('*'), words after it, and its code.</summary>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, EventCodePair Code, string Source, int Line, string Text)
{
    public int Weight => Before.Sum(e => e.Words.Count) + After.Sum(e => e.Words.Count);
}

/// <summary>A verb block ("--- VISIT [042:043] ---"): its forms share the patterns.</summary>
public sealed class VerbBlock(string name, EventCodePair code, string source, int line)
{
    public string Name { get; } = name;

    public EventCodePair Code { get; } = code;

    public string Source { get; } = source;

    public int Line { get; } = line;

    public List<VerbPattern> Patterns { get; } = [];
}

/// <summary>A verb form of a block, with its own code when the dictionary gives one ("ASK [020]").</summary>
public sealed record VerbEntry(string Lemma, VerbBlock Block, EventCodePair? Code, int Line)
{
    public EventCodePair DefaultCode => Code ?? Block.Code;
}

/// <summary>Matches pattern elements against a clause's tokens.</summary>
public static class PatternMatcher
{
    /// <summary>Most words allowed between two elements of a pattern (TABARI skipped noun-phrase words).</summary>
    public const int MaxGap = 6;

    /// <summary>Most words allowed inside a prepositional-phrase element.</summary>
    public const int MaxInnerGap = 3;

    public static bool Matches(VerbPattern pattern, IReadOnlyList<Token> tokens, int clauseStart, int verbStart, int verbEnd, int clauseEnd, IReadOnlyDictionary<string, List<List<string>>> synsets)
    {
        int pos = verbEnd;
        for (int e = 0; e < pattern.After.Count; e++)
        {
            var element = pattern.After[e];
            int limit = element.AdjacentToVerb && e == 0 ? pos : Math.Min(clauseEnd - 1, pos + MaxGap);
            int found = -1;
            for (int s = pos; s <= limit && s < clauseEnd; s++)
            {
                int end = MatchElement(element, tokens, s, clauseEnd, synsets);
                if (end > 0) { found = end; break; }
            }
            if (found < 0) return false;
            pos = found;
        }
        int right = verbStart;
        for (int e = pattern.Before.Count - 1; e >= 0; e--)
        {
            var element = pattern.Before[e];
            bool adjacent = element.AdjacentToVerb && e == pattern.Before.Count - 1;
            int found = -1;
            for (int s = right - 1; s >= clauseStart && s >= right - 1 - MaxGap; s--)
            {
                int end = MatchElement(element, tokens, s, right, synsets);
                if (end > 0 && (!adjacent || end == right)) { found = s; break; }
                if (adjacent && s < right - element.Words.Count - 1) break;
            }
            if (found < 0) return false;
            right = found;
        }
        return true;
    }

    /// <summary>End (exclusive) of the element matched from <paramref name="start"/>, or 0.</summary>
    private static int MatchElement(PatternElement element, IReadOnlyList<Token> tokens, int start, int end, IReadOnlyDictionary<string, List<List<string>>> synsets)
    {
        int pos = start;
        for (int w = 0; w < element.Words.Count; w++)
        {
            var word = element.Words[w];
            int window = w == 0 || element.Consecutive ? 0 : MaxInnerGap;
            int matchedEnd = 0;
            for (int s = pos; s <= pos + window && s < end; s++)
            {
                matchedEnd = MatchWord(word, tokens, s, end, synsets);
                if (matchedEnd > 0) break;
            }
            if (matchedEnd == 0) return 0;
            pos = matchedEnd;
        }
        return pos;
    }

    private static int MatchWord(PatternWord word, IReadOnlyList<Token> tokens, int s, int end, IReadOnlyDictionary<string, List<List<string>>> synsets)
    {
        if (word.Synset is { } name)
        {
            if (!synsets.TryGetValue(name, out var phrases)) return 0;
            foreach (var phrase in phrases)
            {
                int k = 0;
                while (k < phrase.Count && s + k < end && Same(phrase[k], false, tokens[s + k].Norm)) k++;
                if (k == phrase.Count && k > 0) return s + k;
            }
            return 0;
        }
        return Same(word.Word, word.Exact, tokens[s].Norm) ? s + 1 : 0;
    }

    /// <summary>Exact words match exactly; others also match inflected forms (TALK ~ TALKS, TALKED).</summary>
    public static bool Same(string word, bool exact, string token)
    {
        if (token == word) return true;
        if (exact || word.Length < 3) return false;
        return token.Length > word.Length && token.Length - word.Length <= 3 && token.StartsWith(word, StringComparison.Ordinal)
            || word.EndsWith('Y') && token.StartsWith(word[..^1] + "IE", StringComparison.Ordinal)
            || word.EndsWith('E') && token == word[..^1] + "ING";
    }
}
