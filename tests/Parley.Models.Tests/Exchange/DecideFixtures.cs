using System.Globalization;
using System.IO.Compression;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models.Exchange;

namespace Parley.Models.Tests.Exchange;

/// <summary>Decide's inputs and outputs, copied into tests/fixtures/exchange (origins in the README there).</summary>
internal static class DecideFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "fixtures", "exchange");

    public static readonly string[] Inputs = ["sample_data.txt", "copenhagen.csv", "cop21.csv", "verkiezing_2012.csv", "time_50x10.csv"];

    public static DecideDataset Read(string input)
    {
        var problems = new ProblemList(input);
        var data = DecideCsvReader.Read(File.ReadAllText(Path.Combine(Root, "inputs", input)), Path.GetFileNameWithoutExtension(input), problems);
        Assert.True(data is not null, string.Join("\n", problems.Items));
        return data!;
    }

    public static ExchangeRun Run(string input, ExchangeOptions options) =>
        new ExchangeModel(options).Simulate(ExchangeInput.From(Read(input)), TestContext.Current.CancellationToken);

    /// <summary>The rows of expected/&lt;dataset&gt;/&lt;file&gt;.csv.gz as column → text maps (the values hold no commas).</summary>
    public static List<Dictionary<string, string>> Expected(string input, string file)
    {
        string path = Path.Combine(Root, "expected", Path.GetFileNameWithoutExtension(input), file + ".csv.gz");
        if (!File.Exists(path)) return [];
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine()!.Split(',');
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int c = 0; c < header.Length; c++) row[header[c]] = cells[c];
            rows.Add(row);
        }
        return rows;
    }

    public static double D(this Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    public static int I(this Dictionary<string, string> row, string column) => int.Parse(row[column], CultureInfo.InvariantCulture);
}
