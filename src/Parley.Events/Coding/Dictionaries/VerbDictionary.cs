namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// The CAMEO verb pattern dictionary in the PETRARCH format (CAMEO.2.0.txt): synonym sets
/// ("&amp;NAME" then "+WORD" lines), verb blocks ("--- NAME [code] ---") with their verb forms
/// ("MEET {MEETS MET MEETING} [code]", "+MEET_WITH {…}") and patterns ("- * (FOR TALKS) [046]").
/// Regular forms (-S, -ED, -ING) are generated as PETRARCH does when no irregular forms are listed.
/// </summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, List<List<string>>> synsets = new(StringComparer.Ordinal);

    public PhraseTrie<VerbEntry> Forms { get; } = new();

    public IReadOnlyDictionary<string, List<List<string>>> Synsets => synsets;

    public List<VerbBlock> Blocks { get; } = [];

    public int PatternCount => Blocks.Sum(b => b.Patterns.Count);

    public void Load(TextReader reader, string source)
    {
        VerbBlock? block = null;
        string? synset = null;
        var pendingSynsetRefs = new List<(string Set, string Ref)>();
        foreach (var (line, raw) in DictionaryText.Lines(reader))
        {
            var text = raw.Trim();
            if (text.Length == 0) { synset = null; continue; }
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                synset = null;
                var inner = text.Trim('-').Trim();
                int open = inner.IndexOf('[');
                int close = open < 0 ? -1 : inner.IndexOf(']', open);
                var code = open >= 0 && close > open ? EventCodePair.Parse(inner[(open + 1)..close]) : new EventCodePair(null, null);
                block = new VerbBlock(open >= 0 ? inner[..open].Trim() : inner, code ?? new EventCodePair(null, null), source, line);
                Blocks.Add(block);
                continue;
            }
            if (text[0] == '&')
            {
                block = null;
                synset = text.Split(' ', '\t')[0].TrimEnd('_');
                if (!synsets.ContainsKey(synset)) synsets[synset] = [];
                continue;
            }
            if (synset is not null && text[0] == '+')
            {
                var word = text[1..].Trim();
                if (word.StartsWith('&')) pendingSynsetRefs.Add((synset, word.TrimEnd('_')));
                else synsets[synset].Add(DictionaryText.Words(word));
                continue;
            }
            if (block is null) continue;
            if (text[0] == '-')
            {
                if (ParsePattern(text[1..], source, line) is { } pattern) block.Patterns.Add(pattern);
                continue;
            }
            AddVerbLine(block, text, line);
        }
        // Synonym sets may include other sets (+&TIETYPES).
        foreach (var (set, reference) in pendingSynsetRefs)
        {
            if (synsets.TryGetValue(reference, out var included)) synsets[set].AddRange(included);
        }
    }

    private void AddVerbLine(VerbBlock block, string text, int line)
    {
        EventCodePair? code = null;
        int open = text.IndexOf('[');
        if (open >= 0)
        {
            int close = text.IndexOf(']', open);
            if (close > open) code = EventCodePair.Parse(text[(open + 1)..close]);
            text = text[..open];
        }
        var forms = new List<string>();
        int brace = text.IndexOf('{');
        bool listed = false;
        if (brace >= 0)
        {
            int braceEnd = text.IndexOf('}', brace);
            if (braceEnd > brace)
            {
                forms.AddRange(text[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.TrimStart('+')));
                listed = forms.Count > 0;
            }
            text = text[..brace];
        }
        var head = text.Trim().TrimStart('+');
        if (head.Length == 0) return;
        var entry = new VerbEntry(head.Trim('_'), block, code, line);
        var headWords = DictionaryText.Words(head);
        if (headWords.Count == 0) return;
        Forms.Add(headWords, entry);
        foreach (var f in forms) Forms.Add(DictionaryText.Words(f), entry);
        if (!listed)
        {
            foreach (var inflected in Inflections(headWords[0]))
            {
                var words = new List<string>(headWords) { [0] = inflected };
                Forms.Add(words, entry);
            }
        }
    }

    /// <summary>Regular English verb forms: -S/-ES/-IES, -ED/-D/-IED, -ING, with a doubled final consonant as an alternative.</summary>
    public static IEnumerable<string> Inflections(string verb)
    {
        if (verb.Length < 2 || !verb.All(char.IsLetter)) yield break;
        char last = verb[^1];
        bool consonantY = last == 'Y' && !IsVowel(verb[^2]);
        if (verb.EndsWith('S') || verb.EndsWith('X') || verb.EndsWith('Z') || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal)) yield return verb + "ES";
        else if (consonantY) yield return verb[..^1] + "IES";
        else yield return verb + "S";
        if (last == 'E') { yield return verb + "D"; if (!verb.EndsWith("EE", StringComparison.Ordinal)) yield return verb[..^1] + "ING"; else yield return verb + "ING"; }
        else if (consonantY) { yield return verb[..^1] + "IED"; yield return verb + "ING"; }
        else
        {
            yield return verb + "ED";
            yield return verb + "ING";
            bool cvc = verb.Length >= 3 && !IsVowel(last) && IsVowel(verb[^2]) && !IsVowel(verb[^3]) && last is not 'W' and not 'X' and not 'Y';
            if (cvc) { yield return verb + last + "ED"; yield return verb + last + "ING"; }
        }
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    /// <summary>Parses "* (FOR TALKS) [046] # comment" (the leading '-' removed).</summary>
    public static VerbPattern? ParsePattern(string text, string source, int line)
    {
        int open = text.LastIndexOf('[');
        int close = open < 0 ? -1 : text.IndexOf(']', open);
        if (open < 0 || close < 0) return null;
        var code = EventCodePair.Parse(text[(open + 1)..close]);
        if (code is null) return null;
        string body = text[..open];
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        bool seenVerb = false;
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '{' or '(')
            {
                char closer = c == '{' ? '}' : ')';
                int end = body.IndexOf(closer, i + 1);
                if (end < 0) end = body.Length;
                var words = Words(body[(i + 1)..end], out _, out _);
                if (words.Count > 0) (seenVerb ? after : before).Add(new PatternElement(words, c == '{', false));
                i = end + 1;
                continue;
            }
            int j = i;
            while (j < body.Length && !char.IsWhiteSpace(body[j]) && body[j] is not '{' and not '(') j++;
            string chunk = body[i..j];
            i = j;
            int star = chunk.IndexOf('*');
            if (star < 0)
            {
                var words = Words(chunk, out _, out _);
                if (words.Count > 0) (seenVerb ? after : before).Add(new PatternElement(words, true, false));
                continue;
            }
            // "IN_*", "*_OUT", "IN_AND_*_OUT_AGAIN": words joined to the verb by '_' sit right next to it.
            var left = Words(chunk[..star], out _, out _);
            var right = Words(chunk[(star + 1)..], out _, out _);
            if (left.Count > 0) before.Add(new PatternElement(left, true, chunk[..star].EndsWith('_')));
            seenVerb = true;
            if (right.Count > 0) after.Add(new PatternElement(right, true, chunk[(star + 1)..].StartsWith('_')));
        }
        if (!seenVerb) return null;
        return new VerbPattern(before, after, code, source, line, string.Join(' ', text[..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "]");
    }

    /// <summary>Words of a pattern chunk; '$', '+', '^', '%' (source, target, skip, compound markers) are dropped.</summary>
    private static List<PatternWord> Words(string chunk, out bool startsJoined, out bool endsJoined)
    {
        startsJoined = chunk.StartsWith('_');
        endsJoined = chunk.EndsWith('_');
        var list = new List<PatternWord>();
        var parts = chunk.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var pieces = part.Split('_');
            for (int k = 0; k < pieces.Length; k++)
            {
                var p = pieces[k];
                if (p.Length == 0) continue;
                bool exact = k + 1 < pieces.Length && pieces[k + 1].Length == 0 && k + 1 == pieces.Length - 1;
                if (p[0] == '&') { list.Add(new PatternWord(p, false, p.TrimEnd('_'))); continue; }
                var cleaned = p.Trim('$', '+', '^', '%', '/');
                if (cleaned.Length == 0) continue;
                // "BY/WITH" offers alternatives; the first is kept (rare in the dictionary).
                int slash = cleaned.IndexOf('/');
                if (slash > 0) cleaned = cleaned[..slash];
                foreach (var w in DictionaryText.Words(cleaned)) list.Add(new PatternWord(w, exact, null));
            }
        }
        return list;
    }
}
