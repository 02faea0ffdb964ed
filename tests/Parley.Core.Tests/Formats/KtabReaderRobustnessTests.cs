using System.Text;
using FsCheck.Xunit;
using Parley.Core.Formats;

namespace Parley.Core.Tests.Formats;

/// <summary>Whatever the bytes, KTAB's readers answer with a scenario or with problems, never an exception.</summary>
public sealed class KtabReaderRobustnessTests
{
    private static readonly string Csv = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab", "inputs", "dummyData_3Dim.csv"));
    private static readonly string Xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab", "inputs", "smpExample-fixed-det.xml"));

    [Property(MaxTest = 300)]
    public bool ArbitraryTextGivesProblemsNotExceptions(string? text)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? "");
        var csv = ScenarioReader.Read(bytes, "case.csv", ScenarioFormat.KtabCsv);
        var xml = ScenarioReader.Read(bytes, "case.xml", ScenarioFormat.KtabXml);
        return (csv.Success || !csv.Problems.IsEmpty) && (xml.Success || !xml.Problems.IsEmpty);
    }

    [Property(MaxTest = 300)]
    public bool DamagedKtabFilesGiveProblemsWithLines(int seed)
    {
        foreach (var (text, name, format) in new[] { (Csv, "case.csv", ScenarioFormat.KtabCsv), (Xml, "case.xml", ScenarioFormat.KtabXml) })
        {
            var random = new Random(seed);
            var damaged = new StringBuilder(text);
            for (int edit = 0; edit < 1 + random.Next(4); edit++)
            {
                int at = random.Next(damaged.Length);
                switch (random.Next(3))
                {
                    case 0: damaged.Remove(at, Math.Min(1 + random.Next(6), damaged.Length - at)); break;
                    case 1: damaged.Insert(at, ",<>\"-9e999x\n"[random.Next(12)]); break;
                    default: damaged[at] = "0123456789,.-<>/ \n"[random.Next(18)]; break;
                }
            }
            var result = ScenarioReader.Read(Encoding.UTF8.GetBytes(damaged.ToString()), name, format);
            if (!result.Success && result.Problems.Any(p => p.Location is null)) return false;
        }
        return true;
    }
}
