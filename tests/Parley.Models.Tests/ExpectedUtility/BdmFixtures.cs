using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Models.Tests.ExpectedUtility;

/// <summary>The BDM cases and the replications' golden outputs copied into tests/fixtures/bdm.</summary>
internal static class BdmFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "fixtures", "bdm");

    public static string Input(string @case) => Path.Combine(Root, "inputs", @case + ".csv");

    public static string Expected(string file) => Path.Combine(Root, "expected", file);

    public static IEnumerable<string> ExpectedFiles(string suffix) =>
        Directory.EnumerateFiles(Path.Combine(Root, "expected"), "*" + suffix).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CompiledScenario Load(string @case)
    {
        var result = ScenarioReader.ReadFile(Input(@case));
        Assert.True(result.Success, string.Join("; ", result.Problems));
        return CompiledScenario.Compile(result.Value);
    }

    /// <summary>The rows of a CSV file as column → text.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false };
        using var parser = new CsvParser(new StringReader(File.ReadAllText(path)), config);
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            if (header is null)
            {
                header = record;
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) row[header[i]] = i < record.Length ? record[i] : "";
            rows.Add(row);
        }
        return rows;
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>1e-9 relative, the tolerance; values within 1e-12 of zero compare absolutely.</summary>
    public static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual)) || Math.Abs(expected - actual) <= 1e-12;

    /// <summary>The capability × salience weighted lower median (the jmckib harness's column).</summary>
    public static double LowerWeightedMedian(IReadOnlyList<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s)
    {
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        double total = 0;
        for (int i = 0; i < x.Count; i++) total += c[i] * s[i];
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += c[i] * s[i];
            if (cumulative >= total / 2) return x[i];
        }
        return x[order[^1]];
    }
}
