using System.Globalization;
using System.Text;

namespace Parley.Benchmarks.Events;

/// <summary>
/// Large GDELT 1.0 files for the ledger benchmarks, made by replicating the shipped samples
/// (tests/fixtures/events, 810 real rows of 57 and 58 columns) with fresh event ids. Written under
/// the temp folder (never committed) and reused while the same size exists.
/// </summary>
public static class GdeltSampleFile
{
    public static string Ensure(int events)
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-gdelt1-{events}.tsv");
        if (File.Exists(path) && new FileInfo(path).Length > 0) return path;
        var rows = new[] { "gdelt1_events_20160728_and_1982_sample710.tsv", "gdelt1_events_mixed_eras_sample100.tsv" }
            .SelectMany(name => File.ReadLines(Path.Combine(FixtureFolder(), name)))
            .Where(line => line.Length > 0)
            .Select(line => line[line.IndexOf('\t')..])
            .ToArray();
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
        {
            for (int i = 0; i < events; i++)
            {
                writer.Write((1_000_000_000L + i).ToString(CultureInfo.InvariantCulture));
                writer.Write(rows[i % rows.Length]);
                writer.Write('\n');
            }
        }
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>tests/fixtures/events of the repository this benchmark was built from.</summary>
    public static string FixtureFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return Path.Combine(dir.FullName, "tests", "fixtures", "events");
        }
        throw new InvalidOperationException("run the benchmarks from inside the Parley repository (Parley.slnx not found above " + AppContext.BaseDirectory + ")");
    }
}
