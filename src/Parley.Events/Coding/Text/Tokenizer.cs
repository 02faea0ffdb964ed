using System.Text;

namespace Parley.Events.Coding.Text;

/// <summary>
/// Splits a sentence into words and punctuation. Words keep internal hyphens, apostrophes,
/// ampersands and the dots of abbreviations ("U.S.", "Sino-Russian", "AT&amp;T"); a possessive
/// "'s" becomes a token of its own so "Russia's" matches the dictionary entry RUSSIA.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string document, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = document[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int j = i + 1;
                while (j < end && IsWordChar(document, j, end)) j++;
                // A trailing dot belongs to the word only for dotted abbreviations (U.S., Gen.).
                if (j < end && document[j] == '.' && Abbreviations.IsAbbreviation(document.AsSpan(i, j - i)))
                {
                    j++;
                }
                int wordEnd = j;
                int possessive = PossessiveStart(document, i, wordEnd);
                if (possessive > i)
                {
                    tokens.Add(Make(document, i, possessive));
                    tokens.Add(Make(document, possessive, wordEnd));
                }
                else
                {
                    tokens.Add(Make(document, i, wordEnd));
                }
                i = wordEnd;
                continue;
            }
            // Punctuation: runs of the same quote/dash character are one token ('' `` --).
            int k = i + 1;
            if (c is '`' or '\'' or '-' or '.') while (k < end && document[k] == c) k++;
            tokens.Add(Make(document, i, k));
            i = k;
        }
        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static bool IsWordChar(string s, int j, int end)
    {
        char c = s[j];
        if (char.IsLetterOrDigit(c)) return true;
        // Joiners count only between two letters or digits: "al-Qaeda", "U.S", "3.5", "don't".
        if (c is '-' or '\'' or '’' or '.' or '&' or ',' && j + 1 < end && char.IsLetterOrDigit(s[j + 1]) && j > 0 && char.IsLetterOrDigit(s[j - 1]))
        {
            // A comma joins only digits (1,000).
            if (c == ',') return char.IsDigit(s[j - 1]) && char.IsDigit(s[j + 1]);
            return true;
        }
        return false;
    }

    private static int PossessiveStart(string s, int start, int end)
    {
        if (end - start < 3) return -1;
        if ((s[end - 1] is 's' or 'S') && (s[end - 2] is '\'' or '’')) return end - 2;
        return -1;
    }

    private static Token Make(string document, int start, int end)
    {
        string text = document.Substring(start, end - start);
        return new Token(text, Normalise(text), start, end);
    }

    /// <summary>The dictionary form of a word: upper case, curly apostrophes straightened, dotted initials joined (U.N. → UN).</summary>
    public static string Normalise(string word)
    {
        var sb = new StringBuilder(word.Length);
        bool dottedInitials = word.Length >= 2 && word.Contains('.');
        if (dottedInitials)
        {
            // "U.S." / "U.S" / "U.N.": single letters separated by dots.
            var parts = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
            foreach (var p in parts)
            {
                if (p.Length != 1 || !char.IsLetter(p[0])) { dottedInitials = false; break; }
            }
            if (dottedInitials && parts.Length >= 2)
            {
                foreach (var p in parts) sb.Append(char.ToUpperInvariant(p[0]));
                return sb.ToString();
            }
        }
        foreach (var c in word)
        {
            sb.Append(c switch
            {
                '’' or '‘' => '\'',
                '–' or '—' => '-',
                _ => char.ToUpperInvariant(c),
            });
        }
        return sb.ToString();
    }
}
