using System.IO.Compression;
using Parley.Events.Import;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>An import is one transaction: a file that fails part-way leaves the ledger exactly as it was.</summary>
public class AllOrNothingTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Strict_mode_rejects_the_whole_file_at_a_bad_line_deep_inside(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Mixed));
        long before = ledger.CountEvents();

        var lines = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt1Sample710));
        lines[599] = lines[599].Replace("\t", "\t\t");
        string path = files.Write("bad-at-600.tsv", string.Join("\n", lines) + "\n");

        var e = Assert.Throws<StrictImportException>(() => Databases.Import(ledger, path, strict: true));
        Assert.Equal(600, e.Line.Line);
        Assert.Equal("columns", e.Line.Field);
        Assert.Equal(before, ledger.CountEvents());
        Assert.Equal(1, ledger.ScalarLong("SELECT COUNT(*) FROM ledger_imports"));

        // Without --strict the same file imports everything but the bad line.
        var report = Databases.Import(ledger, path).Single();
        Assert.Equal((709L, 1L), (report.Imported, report.BadLineCount));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void A_truncated_gzip_leaves_the_ledger_unchanged(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        // Enough rows that several batches reach the database before the stream breaks.
        string plain = files.PathOf("big.tsv");
        var rows = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt1Sample710));
        using (var writer = new StreamWriter(plain))
        {
            for (int i = 0; i < 20_000; i++)
            {
                string row = rows[i % rows.Length];
                writer.Write((5_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Write(row[row.IndexOf('\t')..]);
                writer.Write('\n');
            }
        }
        string gz = files.PathOf("big.tsv.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        using (var input = File.OpenRead(plain)) input.CopyTo(output);
        var bytes = File.ReadAllBytes(gz);
        string truncated = files.PathOf("truncated.tsv.gz");
        File.WriteAllBytes(truncated, bytes[..(int)(bytes.Length * 0.7)]);

        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents));
        long before = ledger.CountEvents();
        var e = Assert.Throws<EventFileException>(() => Databases.Import(ledger, truncated));
        Assert.Equal("file", e.Field);
        Assert.Equal(before, ledger.CountEvents());
        Assert.Equal(0, ledger.CountEvents("gdelt1"));
        Assert.Equal(1, ledger.ScalarLong("SELECT COUNT(*) FROM ledger_imports"));

        // The intact archive imports in full afterwards.
        Assert.Equal(20_000, Databases.Import(ledger, gz).Single().Imported);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void A_broken_second_member_rolls_back_the_first_member_of_the_archive(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        string zip = files.PathOf("two.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Fixtures.Path(Fixtures.Gdelt1Sample710), "a.export.CSV");
            var entry = archive.CreateEntry("b.tab");
            using var writer = new StreamWriter(entry.Open());
            writer.Write("Event ID\tEvent Date\tCAMEO Code\n1\t2018-06-01\t042\n");
        }
        using var ledger = test.Open();
        var e = Assert.Throws<EventFileException>(() => Databases.Import(ledger, zip));
        Assert.Contains("b.tab", e.File);
        Assert.Contains("missing column", e.Reason);
        Assert.Equal(0, ledger.CountEvents());
        Assert.Equal(0, ledger.ScalarLong("SELECT COUNT(*) FROM ledger_imports"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void A_file_with_no_readable_line_is_refused(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        var e = Assert.Throws<EventFileException>(() => Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Export), EventFormat.Gdelt1));
        Assert.Contains("no line could be read as gdelt1", e.Reason);
        Assert.Equal(0, ledger.CountEvents());
    }
}
