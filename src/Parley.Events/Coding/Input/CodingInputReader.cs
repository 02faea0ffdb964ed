using System.Text;

namespace Parley.Events.Coding.Input;

/// <summary>
/// Reads what the coder is given: a text file, a CoNLL-U file (.conllu, or recognised by its
/// lines), or a folder of .txt/.conllu files (in name order). Refuses binary files, text that is
/// not UTF-8 (or UTF-16 with a byte-order mark), lines longer than <see cref="MaxLineLength"/>
/// and files over <see cref="MaxFileBytes"/>, each with the file and line.
/// </summary>
public static class CodingInputReader
{
    public const int MaxLineLength = 100_000;

    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static IReadOnlyList<CodingDocument> Read(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0) throw new CodingInputException(path, null, "the folder holds no .txt or .conllu file", rule: CodingRules.FileNotFound);
            return files.Select(ReadFile).ToList();
        }
        if (!File.Exists(path)) throw new CodingInputException(path, null, "no such file or folder", rule: CodingRules.FileNotFound);
        return [ReadFile(path)];
    }

    public static CodingDocument ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes) throw new CodingInputException(path, null, $"the file is {info.Length:N0} bytes; the coder reads at most {MaxFileBytes:N0} per file (split it)", rule: CodingRules.FileTooLarge);
            // Devices and pipes report a length of 0 (/dev/zero once ran out of memory): the limit holds while reading too.
            bytes = Parley.Core.Formats.BoundedFile.ReadAllBytes(path, MaxFileBytes)
                ?? throw new CodingInputException(path, null, $"the input holds more than {MaxFileBytes:N0} bytes; the coder reads at most {MaxFileBytes:N0} per file (split it)", rule: CodingRules.FileTooLarge);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodingInputException(path, null, $"cannot read: {e.Message}", e, CodingRules.FileNotFound);
        }
        return Parse(Path.GetFileName(path), path, bytes);
    }

    public static CodingDocument Parse(string name, string path, byte[] bytes)
    {
        string text = Decode(path, bytes);
        CheckLines(path, text);
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) || ConlluReader.LooksLikeConllu(text)) return ConlluReader.Read(name, path, text);
        return new CodingDocument(name, path, text, null);
    }

    private static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var unicode = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try { return unicode.GetString(bytes, 2, bytes.Length - 2); }
            catch (DecoderFallbackException) { throw new CodingInputException(path, null, "the UTF-16 text is damaged (an unpaired surrogate or odd length)", rule: CodingRules.InvalidEncoding); }
        }
        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int nul = Array.IndexOf(bytes, (byte)0, offset);
        if (nul >= 0) throw new CodingInputException(path, LineAt(bytes, nul), $"this is not a text file (a NUL byte at offset {nul}); give plain text (.txt) or CoNLL-U");
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            int at = offset + Math.Max(0, e.Index);
            throw new CodingInputException(path, LineAt(bytes, Math.Min(at, bytes.Length - 1)),
                $"the text is not UTF-8 (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} at offset {at}); convert it, e.g. iconv -f latin1 -t utf-8", rule: CodingRules.InvalidEncoding);
        }
    }

    private static long LineAt(byte[] bytes, int offset)
    {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    private static void CheckLines(string path, string text)
    {
        int line = 1, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i - start > MaxLineLength) throw new CodingInputException(path, line, $"the line is {i - start:N0} characters long; the coder reads lines of at most {MaxLineLength:N0}", rule: CodingRules.LineTooLong);
                line++;
                start = i + 1;
            }
            else if (char.IsControl(text[i]) && text[i] is not '\r' and not '\t' and not '\f')
            {
                throw new CodingInputException(path, line, $"control character U+{(int)text[i]:X4} in the text; this does not look like plain text");
            }
        }
    }
}
