using System.Globalization;
using System.Text;
using Parley.Events.Coding.Grammar;
using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Input;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies): ten tab-separated fields per word, sentences separated
/// by blank lines, '#' comments. Multi-word ranges (1-2) and empty nodes (1.1) are skipped. The
/// document text is rebuilt from the word forms (SpaceAfter=No respected), so offsets point into it.
/// </summary>
public static class ConlluReader
{
    public static CodingDocument Read(string name, string path, string content)
    {
        var text = new StringBuilder();
        var sentences = new List<SentenceInput>();
        var tokens = new List<Token>();
        var heads = new List<int>();
        var relations = new List<string>();
        int sentenceStart = 0;
        int firstLine = 0;
        int lineNumber = 0;
        int paragraph = 0;

        void Finish()
        {
            if (tokens.Count == 0) return;
            var headIndex = new int[heads.Count];
            for (int k = 0; k < heads.Count; k++)
            {
                if (heads[k] > heads.Count) throw new CodingInputException(path, firstLine + k, $"HEAD {heads[k]} points past the sentence's {heads.Count} words", rule: CodingRules.MalformedConllu);
                headIndex[k] = heads[k] - 1;
            }
            while (text.Length > sentenceStart && text[^1] == ' ') text.Length--;
            sentences.Add(new SentenceInput(sentenceStart, text.Length, paragraph++, [.. tokens], new DependencyParse(headIndex, [.. relations])));
            text.Append('\n');
            tokens.Clear();
            heads.Clear();
            relations.Clear();
            sentenceStart = text.Length;
        }

        using var reader = new StringReader(content);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace)) { Finish(); continue; }
            if (line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 10) throw new CodingInputException(path, lineNumber, $"a CoNLL-U word line has 10 tab-separated fields; this one has {f.Length}", rule: CodingRules.MalformedConllu);
            if (f[0].Contains('-') || f[0].Contains('.')) continue;
            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id) || id != tokens.Count + 1)
            {
                throw new CodingInputException(path, lineNumber, $"ID '{f[0]}' should be {tokens.Count + 1} (words are numbered 1, 2, … within a sentence)", rule: CodingRules.MalformedConllu);
            }
            if (!int.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out int head))
            {
                if (f[6] != "_") throw new CodingInputException(path, lineNumber, $"HEAD '{f[6]}' is not a word number", rule: CodingRules.MalformedConllu);
                head = -1;
            }
            if (f[1].Length == 0) throw new CodingInputException(path, lineNumber, "FORM is empty", rule: CodingRules.MalformedConllu);
            if (tokens.Count == 0) firstLine = lineNumber;
            int start = text.Length;
            text.Append(f[1]);
            tokens.Add(new Token(f[1], Tokenizer.Normalise(f[1]), start, text.Length));
            heads.Add(head < 0 ? 0 : head);
            relations.Add(f[7]);
            if (!f[9].Contains("SpaceAfter=No", StringComparison.Ordinal)) text.Append(' ');
        }
        Finish();
        if (sentences.Count == 0) throw new CodingInputException(path, null, "no CoNLL-U sentence found", rule: CodingRules.MalformedConllu);
        return new CodingDocument(name, path, text.ToString(), sentences);
    }

    /// <summary>True when the first non-comment line has ten tab-separated fields starting with a word number.</summary>
    public static bool LooksLikeConllu(string content)
    {
        using var reader = new StringReader(content);
        string? line;
        int seen = 0;
        while ((line = reader.ReadLine()) is not null && seen < 50)
        {
            seen++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            return f.Length == 10 && f[0].Length > 0 && char.IsDigit(f[0][0]);
        }
        return false;
    }
}
