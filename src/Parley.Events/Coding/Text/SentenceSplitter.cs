namespace Parley.Events.Coding.Text;

/// <summary>A sentence as a character span of its document, with the paragraph it belongs to.</summary>
public readonly record struct SentenceSpan(int Start, int End, int Paragraph);

/// <summary>
/// Splits a document into sentences at '.', '!' or '?' followed by white space and a capital,
/// digit or quote — except after an abbreviation (Mr., Gen., U.S., an initial) — and at blank
/// lines (paragraph ends). Line breaks inside a paragraph are ordinary spaces, as in wire copy.
/// </summary>
public static class SentenceSplitter
{
    public static List<SentenceSpan> Split(string text)
    {
        var result = new List<SentenceSpan>();
        int paragraph = 0;
        int start = SkipSpace(text, 0);
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' && IsBlankLineAhead(text, i))
            {
                Add(result, text, start, i, paragraph);
                paragraph++;
                i = SkipSpace(text, i);
                start = i;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')') end++;
                if (end >= text.Length || (char.IsWhiteSpace(text[end]) && StartsSentence(text, SkipSpace(text, end))))
                {
                    if (c != '.' || !EndsWithAbbreviation(text, start, i))
                    {
                        Add(result, text, start, end, paragraph);
                        i = SkipSpace(text, end);
                        if (text.AsSpan(end, i - end).Count('\n') >= 2) paragraph++;
                        start = i;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(result, text, start, text.Length, paragraph);
        return result;
    }

    private static bool IsBlankLineAhead(string text, int newline)
    {
        for (int j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n') return true;
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return true;
    }

    private static bool StartsSentence(string text, int j) =>
        j >= text.Length || char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '“' or '\'' or '‘' or '(' or '`';

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        int j = dot;
        while (j > sentenceStart && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] is not '(' and not '"') j--;
        var word = text.AsSpan(j, dot - j);
        return Abbreviations.IsAbbreviation(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Add(List<SentenceSpan> result, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceSpan(start, end, paragraph));
    }
}
