using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Turns the bytes of a file into text, or says precisely why it is not UTF-8 text: a UTF-16
/// export from a spreadsheet, a binary file, or a stray Latin-1 byte at a given line.
/// </summary>
internal static class TextDecoder
{
    public static string? Decode(ReadOnlySpan<byte> bytes, ProblemList problems)
    {
        if (bytes.Length == 0)
        {
            problems.AddGeneral(Rules.EmptyFile, "the file is empty");
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.AddGeneral(Rules.InvalidEncoding, "the file is UTF-16 (or UTF-32) encoded; save it as UTF-8", new SourceLocation(1, 1));
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problems.AddGeneral(Rules.InvalidEncoding, "the file contains a NUL byte: it is binary or UTF-16, not UTF-8 text", Locate(bytes, nul));
            return null;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                problems.AddGeneral(Rules.InvalidEncoding,
                    $"byte 0x{bytes[read]:X2} at offset {read} is not valid UTF-8 (is the file Latin-1 or Windows-1252?); save it as UTF-8",
                    Locate(bytes, read));
                return null;
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static SourceLocation Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(line, column);
    }
}
