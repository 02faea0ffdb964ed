namespace Parley.Tests.Shared;

/// <summary>The broken-scenario corpus (tests/fixtures/scenarios/broken): file, expected rule, expected field.</summary>
internal static class BrokenCorpus
{
    public static Xunit.TheoryData<string, string, string> Cases()
    {
        var data = new Xunit.TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Fixtures.Path("scenarios", "broken", "expectations.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts.Length > 2 ? parts[2] : "");
        }
        return data;
    }
}
