using Parley.Events.Import;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>Bad lines are counted, the first 20 reported with their line numbers, and the rest of the file imports.</summary>
public class BadLineTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Bad_lines_are_counted_and_the_first_twenty_reported_with_line_numbers(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        var lines = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt1Mixed));
        var broken = new SortedDictionary<int, string>();
        for (int k = 0; k < 25; k++)
        {
            int index = 3 + k * 4;
            var fields = lines[index].Split('\t');
            string field;
            switch (k % 5)
            {
                case 0: fields[26] = "13y"; field = "EventCode"; break;
                case 1: fields[1] = "2019-06-01"; field = "SQLDATE"; break;
                case 2: fields[30] = "minus two"; field = "GoldsteinScale"; break;
                case 3: fields[0] = "ID-" + k; field = "GLOBALEVENTID"; break;
                default: fields = fields[..40]; field = "columns"; break;
            }
            lines[index] = string.Join('\t', fields);
            broken[index + 1] = field;
        }
        string path = files.Write("broken.tsv", string.Join("\n", lines) + "\n");
        using var ledger = test.Open();
        var report = Databases.Import(ledger, path).Single();
        Assert.Equal((100L, 75L, 25L), (report.RowsRead, report.Imported, report.BadLineCount));
        Assert.Equal(BadLines.Shown, report.BadLines.Count);
        Assert.Equal(broken.Keys.Take(20).Select(l => (long)l), report.BadLines.Select(b => b.Line));
        Assert.Equal(broken.Values.Take(20), report.BadLines.Select(b => b.Field));
        Assert.All(report.BadLines, b => Assert.Equal(path, b.File));
        Assert.Contains("'13y' is not a CAMEO event code", report.BadLines[0].Message);
        Assert.Equal(75, ledger.CountEvents());
        Assert.Equal(25, ledger.ScalarLong("SELECT bad_lines FROM ledger_imports"));
    }

    [Fact]
    public void Icews_NA_values_and_junk_codes()
    {
        using var test = TestLedger.CreateDuckDb();
        using var files = new TempFiles();
        var lines = File.ReadAllLines(Fixtures.Path(Fixtures.IcewsEvents)).Take(6).ToArray();
        var junk = lines[2].Split('\t');
        junk[6] = "13y";
        lines[2] = string.Join('\t', junk);
        var missing = lines[3].Split('\t');
        missing[7] = "NA";
        missing[10] = "NA";
        lines[3] = string.Join('\t', missing);
        string path = files.Write("icews.tab", string.Join("\n", lines) + "\n");
        using var ledger = test.Open();
        var report = Databases.Import(ledger, path).Single();
        Assert.Equal((5L, 4L, 1L), (report.RowsRead, report.Imported, report.BadLineCount));
        Assert.Equal((3L, "CAMEO Code"), (report.BadLines[0].Line, report.BadLines[0].Field));
        var row = Databases.Row(ledger, "icews", missing[0] + ":" + missing[1]);
        Assert.Null(row["target_country"]);
        Assert.Equal(Parley.Events.Reference.ReferenceData.Codebook.Find(missing[6])!.GoldsteinIcews, Databases.Number(row["goldstein"]));
    }
}
