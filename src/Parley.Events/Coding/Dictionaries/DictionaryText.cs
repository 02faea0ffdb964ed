using System.Text;
using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Dictionaries;

/// <summary>Reading helpers shared by the TABARI/PETRARCH dictionary formats.</summary>
internal static class DictionaryText
{
    /// <summary>Lines without '#' comments and without XML comments (the PETRARCH validation dictionaries use both).</summary>
    public static IEnumerable<(int Line, string Text)> Lines(TextReader reader)
    {
        string? line;
        int number = 0;
        bool inXmlComment = false;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            var sb = new StringBuilder();
            int i = 0;
            while (i < line.Length)
            {
                if (inXmlComment)
                {
                    int close = line.IndexOf("-->", i, StringComparison.Ordinal);
                    if (close < 0) { i = line.Length; break; }
                    inXmlComment = false;
                    i = close + 3;
                    continue;
                }
                int open = line.IndexOf("<!--", i, StringComparison.Ordinal);
                int hash = line.IndexOf('#', i);
                if (open >= 0 && (hash < 0 || open < hash))
                {
                    sb.Append(line, i, open - i);
                    inXmlComment = true;
                    i = open + 4;
                    continue;
                }
                if (hash >= 0)
                {
                    sb.Append(line, i, hash - i);
                    i = line.Length;
                    break;
                }
                sb.Append(line, i, line.Length - i);
                i = line.Length;
            }
            yield return (number, sb.ToString());
        }
    }

    /// <summary>"VICE_FOREIGN_MINISTER_" or "PRESIDENT HOSNI MUBARAK" → normalised words.</summary>
    public static List<string> Words(string phrase)
    {
        var words = new List<string>();
        foreach (var part in phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Dictionary words are tokenised like text so both sides meet ("U.S." → "US", "RUSSIA'S" → "RUSSIA", "'S").
            foreach (var t in Tokenizer.Tokenize(part)) words.Add(t.Norm);
        }
        return words;
    }
}
