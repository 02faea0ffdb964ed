using System.Globalization;
using System.IO.Compression;
using Parley.Events.Import;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>Every shared sample into DuckDB and PostgreSQL: counts, exact rows, Goldstein sums checked against the raw files.</summary>
public class ImportTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Gdelt1_samples_import_with_both_column_widths(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        var mixed = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Mixed)).Single();
        Assert.Equal((EventFormat.Gdelt1, 100L, 100L, 0L, 0L), (mixed.Format, mixed.RowsRead, mixed.Imported, mixed.Duplicates, mixed.BadLineCount));
        var big = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Sample710)).Single();
        Assert.Equal((710L, 710L, 0L), (big.RowsRead, big.Imported, big.BadLineCount));
        Assert.Equal(810, ledger.CountEvents("gdelt1"));

        var rows = Fixtures.Rows(Fixtures.Gdelt1Mixed).Concat(Fixtures.Rows(Fixtures.Gdelt1Sample710)).ToList();
        Assert.Equal(40 + 201, rows.Count(r => r.Length == 57));
        double expected = rows.Sum(r => double.Parse(r[30], CultureInfo.InvariantCulture));
        Assert.Equal(expected, Databases.SumGoldstein(ledger, "gdelt1"), 9);
        for (int quad = 1; quad <= 4; quad++)
        {
            long inFile = rows.Count(r => r[29] == quad.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(inFile, ledger.ScalarLong("SELECT COUNT(*) FROM events WHERE dataset = 'gdelt1' AND quad_class = $1", (short)quad));
        }
        Assert.Equal(rows.Count(r => r.Length == 58), ledger.ScalarLong("SELECT COUNT(*) FROM events WHERE dataset = 'gdelt1' AND story IS NOT NULL"));

        // Row 0 of the mixed file: a 57-column backfile row with no Actor1 and no SOURCEURL.
        var first = Databases.Row(ledger, "gdelt1", "0");
        Assert.Equal(new DateOnly(1979, 1, 1), Databases.Date(first["event_date"]));
        Assert.Null(first["source_country"]);
        Assert.Equal(("AFR", "AFRICA", "AFR"), ((string?)first["target_code"], (string?)first["target_name"], (string?)first["target_country"]));
        Assert.Equal("040", first["cameo_code"]);
        Assert.Equal("04", first["root_code"]);
        Assert.Equal(1, Databases.Long(first["quad_class"]));
        Assert.Equal(1.0, Databases.Number(first["goldstein"]));
        Assert.Equal((9L, 1L, 9L), (Databases.Long(first["num_mentions"]), Databases.Long(first["num_sources"]), Databases.Long(first["num_articles"])));
        Assert.Equal(5.52631578947368, Databases.Number(first["avg_tone"]), 12);
        Assert.Equal(true, first["is_root_event"]);
        Assert.Null(first["story"]);
        Assert.Equal(1, Databases.Long(first["source_line"]));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Gdelt1_daily_row_keeps_actors_codes_and_url(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Sample710));
        var raw = Fixtures.Rows(Fixtures.Gdelt1Sample710).First(r => r.Length == 58 && r[7] == "USA" && r[17] == "PRK");
        var stored = Databases.Row(ledger, "gdelt1", raw[0]);
        Assert.Equal(raw[26], stored["cameo_code"]);
        Assert.Equal("USA", stored["source_country"]);
        Assert.Equal("PRK", stored["target_country"]);
        Assert.Equal(raw[5], stored["source_code"]);
        Assert.Equal(double.Parse(raw[30], CultureInfo.InvariantCulture), Databases.Number(stored["goldstein"]));
        Assert.Equal(raw[57], stored["story"]);
        Assert.Equal(raw[51].Length == 0 ? null : raw[51], stored["action_fips"]);
        Assert.Equal(DateOnly.ParseExact(raw[1], "yyyyMMdd", CultureInfo.InvariantCulture), Databases.Date(stored["event_date"]));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Gdelt2_exports_and_mentions_import(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        var export = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Export)).Single();
        var translation = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Translation)).Single();
        var mentions = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Mentions)).Single();
        Assert.Equal((EventFormat.Gdelt2, 100L, 0L), (export.Format, export.Imported, export.BadLineCount));
        Assert.Equal((EventFormat.Gdelt2, 100L), (translation.Format, translation.Imported));
        Assert.Equal(EventFormat.Gdelt2Mentions, mentions.Format);

        var rawMentions = Fixtures.Rows(Fixtures.Gdelt2Mentions);
        int distinctLinks = rawMentions.Select(r => (r[0], r[5])).Distinct().Count();
        Assert.Equal((100L, (long)distinctLinks, 100L - distinctLinks), (mentions.RowsRead, mentions.Imported, mentions.Duplicates));
        Assert.Equal(distinctLinks, ledger.CountMentions());

        var rows = Fixtures.Rows(Fixtures.Gdelt2Export).Concat(Fixtures.Rows(Fixtures.Gdelt2Translation)).ToList();
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.Equal(rows.Sum(r => double.Parse(r[30], CultureInfo.InvariantCulture)), Databases.SumGoldstein(ledger, "gdelt2"), 9);

        var raw = rows[0];
        var stored = Databases.Row(ledger, "gdelt2", raw[0]);
        Assert.Equal(new DateOnly(2014, 2, 18), Databases.Date(stored["event_date"]));
        Assert.Equal("043", stored["cameo_code"]);
        Assert.Equal(2.8, Databases.Number(stored["goldstein"]));
        Assert.Equal("SF", stored["action_fips"]);
        Assert.Equal(raw[60], stored["story"]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Icews_imports_with_names_resolved_and_its_own_quad_rule(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        var report = Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents)).Single();
        Assert.Equal((EventFormat.Icews, 3705L, 3705L, 0L), (report.Format, report.RowsRead, report.Imported, report.BadLineCount));

        var rows = Fixtures.Rows(Fixtures.IcewsEvents, header: true);
        Assert.Equal(rows.Sum(r => double.Parse(r[7], CultureInfo.InvariantCulture)), Databases.SumGoldstein(ledger, "icews"), 9);
        long root09 = rows.Count(r => r[6].StartsWith("09", StringComparison.Ordinal));
        long root14 = rows.Count(r => r[6].StartsWith("14", StringComparison.Ordinal));
        long verbalConflict = rows.Count(r => int.Parse(r[6][..2], CultureInfo.InvariantCulture) is >= 9 and <= 13);
        Assert.True(root09 + root14 > 0);
        Assert.Equal(verbalConflict, ledger.ScalarLong("SELECT COUNT(*) FROM events WHERE dataset = 'icews' AND quad_class = 3"));

        var stored = Databases.Row(ledger, "icews", "32889836:2018-06-01");
        Assert.Equal(("Foreign Affairs (Bangladesh)", "BGD"), ((string?)stored["source_name"], (string?)stored["source_country"]));
        Assert.Equal(("High Ranking Military Personnel (Vietnam)", "VNM"), ((string?)stored["target_name"], (string?)stored["target_country"]));
        Assert.Equal("040", stored["cameo_code"]);
        Assert.Equal(1.0, Databases.Number(stored["goldstein"]));
        Assert.Equal("47400351", stored["story"]);
        Assert.Equal("Consult", stored["description"]);
        Assert.Equal("VM", stored["action_fips"]);
        Assert.Null(stored["num_mentions"]);

        long usaToPrk = rows.Count(r => r[4] == "United States" && r[10] == "North Korea");
        Assert.Equal(usaToPrk, ledger.ScalarLong("SELECT COUNT(*) FROM events WHERE source_country = 'USA' AND target_country = 'PRK'"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Reimporting_adds_nothing_and_a_subset_file_is_all_duplicates(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents));
        Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Sample710));
        double goldstein = Databases.SumGoldstein(ledger, "icews");

        var again = Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents)).Single();
        Assert.Equal((3705L, 0L, 3705L), (again.RowsRead, again.Imported, again.Duplicates));
        var gdeltAgain = Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt1Sample710)).Single();
        Assert.Equal((0L, 710L), (gdeltAgain.Imported, gdeltAgain.Duplicates));
        var subset = Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsSixParty)).Single();
        Assert.Equal((644L, 0L, 644L), (subset.RowsRead, subset.Imported, subset.Duplicates));

        Assert.Equal(3705 + 710, ledger.CountEvents());
        Assert.Equal(goldstein, Databases.SumGoldstein(ledger, "icews"), 9);
        Assert.Equal(5, ledger.ScalarLong("SELECT COUNT(*) FROM ledger_imports"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Repeated_ids_within_one_file_are_kept_once(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        var lines = File.ReadAllLines(Fixtures.Path(Fixtures.Gdelt1Mixed));
        string path = files.Write("repeated.tsv", string.Join("\n", lines.Concat(lines.Take(10))) + "\n");
        using var ledger = test.Open();
        var report = Databases.Import(ledger, path).Single();
        Assert.Equal((110L, 100L, 10L), (report.RowsRead, report.Imported, report.Duplicates));
        Assert.Equal(1, Databases.Long(Databases.Row(ledger, "gdelt1", "0")["source_line"]));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Gzip_and_zip_inputs_import_like_the_plain_file(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var files = new TempFiles();
        string gz = files.PathOf("events.export.CSV.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        using (var input = File.OpenRead(Fixtures.Path(Fixtures.Gdelt1Sample710))) input.CopyTo(output);
        string zip = files.PathOf("20150218230000.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Fixtures.Path(Fixtures.Gdelt2Export), "20150218230000.export.CSV");
            archive.CreateEntryFromFile(Fixtures.Path(Fixtures.Gdelt2Mentions), "20150218230000.mentions.CSV");
        }
        using var ledger = test.Open();
        var fromGzip = Databases.Import(ledger, gz).Single();
        Assert.Equal((EventFormat.Gdelt1, 710L), (fromGzip.Format, fromGzip.Imported));
        var fromZip = Databases.Import(ledger, zip);
        Assert.Equal(2, fromZip.Count);
        Assert.Equal((EventFormat.Gdelt2, 100L), (fromZip[0].Format, fromZip[0].Imported));
        Assert.Equal(EventFormat.Gdelt2Mentions, fromZip[1].Format);
        Assert.EndsWith("!20150218230000.export.CSV", fromZip[0].File);
    }
}
