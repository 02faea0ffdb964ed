using System.Diagnostics;
using System.Globalization;
using Parley.Events.Import;
using Parley.Events.Store;

namespace Parley.Benchmarks.Events;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- events-rss N [duckdb|postgres|readcsv]</c>:
/// imports an N-event GDELT file in this fresh process and prints the elapsed time and the peak
/// resident set size (VmHWM), to show that importing streams (flat memory whatever N).
/// </summary>
public static class EventsMemoryProbe
{
    public static int Run(string[] args)
    {
        int events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        string target = args.Length > 2 ? args[2] : "duckdb";
        string file = GdeltSampleFile.Ensure(events);
        string before = PeakRss();
        var watch = Stopwatch.StartNew();
        long imported;
        string db;
        if (target == "parse")
        {
            db = "";
            var entry = InputEntry.List(file)[0];
            var bad = new BadLines(file, false);
            long count = 0;
            EventFileReader.ProduceEvents(entry, EventFormat.Gdelt1, bad, new EventBatch(), b => { count += b.Count; b.Clear(); return b; }, default);
            imported = count;
        }
        else if (target == "postgres")
        {
            db = Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") ?? throw new InvalidOperationException("set PARLEY_TEST_POSTGRES");
            using var ledger = EventLedger.Open(db);
            ledger.Execute("TRUNCATE events, event_mentions, ledger_imports");
            imported = EventImporter.Import(ledger, file).Sum(r => r.Imported);
        }
        else
        {
            db = Path.Combine(Path.GetTempPath(), $"parley-probe-{Guid.NewGuid():N}.duckdb");
            if (target == "readcsv") imported = DuckDbReadCsvBaseline.Load(db, file);
            else
            {
                using var ledger = EventLedger.Open(db);
                imported = EventImporter.Import(ledger, file).Sum(r => r.Imported);
            }
            File.Delete(db);
            if (File.Exists(db + ".wal")) File.Delete(db + ".wal");
        }
        watch.Stop();
        Console.WriteLine(FormattableString.Invariant(
            $"{target}: {imported:N0} events in {watch.Elapsed.TotalSeconds:F1} s ({imported / watch.Elapsed.TotalSeconds:N0} events/s); peak RSS {PeakRss()} (at start {before})"));
        return 0;
    }

    private static string PeakRss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) return line[6..].Trim();
        }
        return "unknown";
    }
}
