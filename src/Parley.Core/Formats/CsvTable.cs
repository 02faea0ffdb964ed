using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>One CSV record with the line it ends on.</summary>
internal sealed record CsvRow(int Line, string[] Fields);

/// <summary>
/// Reads CSV text into rows with CsvHelper's parser (RFC 4180 quoting), recording bad quoting as
/// a problem with its line instead of throwing.
/// </summary>
internal static class CsvTable
{
    public static List<CsvRow>? Read(string text, ProblemList problems, string delimiter = ",")
    {
        var rows = new List<CsvRow>();
        bool bad = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = args =>
            {
                if (bad) return;
                bad = true;
                problems.AddGeneral(Rules.MalformedCsv, "a quoted field is not closed properly (a stray \" inside a field must be doubled: \"\")",
                    new SourceLocation(Math.Max(1, args.Context.Parser?.RawRow ?? 1), 1));
            },
        };
        try
        {
            using var parser = new CsvParser(new StringReader(text), config);
            while (parser.Read())
            {
                rows.Add(new CsvRow(parser.RawRow, parser.Record ?? []));
            }
        }
        catch (CsvHelperException e)
        {
            problems.AddGeneral(Rules.MalformedCsv, "the CSV could not be read: " + FirstLine(e.Message),
                new SourceLocation(Math.Max(1, e.Context?.Parser?.RawRow ?? 1), 1));
            return null;
        }
        return bad ? null : rows;
    }

    private static string FirstLine(string message)
    {
        int cut = message.IndexOfAny(['\r', '\n']);
        return cut > 0 ? message[..cut] : message;
    }
}
