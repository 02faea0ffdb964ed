using System.Globalization;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

public sealed class KtabRandomScenarioTests
{
    [Fact]
    public void MersenneTwisterMatchesTheCppStandardLibrary()
    {
        // The C++ standard requires the 10000th output of a default-constructed mt19937_64 (seed 5489) to be this.
        var random = new KtabPrng(5489);
        ulong value = 0;
        for (int i = 0; i < 10000; i++) value = random.NextRaw();
        Assert.Equal(9981545732273789042UL, value);
    }

    [Theory]
    [InlineData(0UL, 0.0)]
    [InlineData(1UL, 1.0)]
    [InlineData(1UL << 53, 9007199254740992.0)]
    [InlineData((1UL << 53) + 1, 9007199254740992.0)]   // tie: to the even neighbour below
    [InlineData((1UL << 53) + 3, 9007199254740996.0)]   // tie: to the even neighbour above
    [InlineData((1UL << 54) + 6, 18014398509481992.0)]
    [InlineData(ulong.MaxValue, 18446744073709551616.0)]
    public void IntegerToDoubleRoundsToNearestEven(ulong value, double expected) =>
        Assert.Equal(expected, KtabPrng.ToDouble(value));

    [Theory]
    [MemberData(nameof(KtabParityTests.EuSmpRuns), MemberType = typeof(KtabParityTests))]
    public void RegeneratesTheScenarioKtabWroteForEachSeedBitForBit(string label, ulong seed, bool accommodation)
    {
        var generated = KtabRandomScenario.Generate(seed, accommodation);
        var lines = File.ReadAllLines(KtabFixtures.Input($"euSMP/euSMP_{label}.csv"));
        var title = KtabCsvSplit(lines[0]);
        Assert.Equal(int.Parse(title[2], CultureInfo.InvariantCulture), generated.Input.ActorCount);
        Assert.Equal(int.Parse(title[3], CultureInfo.InvariantCulture), generated.Input.DimensionCount);
        int k = generated.Input.DimensionCount;
        for (int i = 0; i < generated.Input.ActorCount; i++)
        {
            var fields = lines[2 + i].Split(',');
            Assert.Equal(D(fields[2]), generated.Input.Capability[i]);
            for (int d = 0; d < k; d++)
            {
                Assert.Equal(D(fields[3 + 2 * d]), 100 * generated.Input.Position[i * k + d]);
                Assert.Equal(D(fields[4 + 2 * d]), 100 * generated.Input.Salience[i * k + d]);
            }
        }
        if (accommodation)
        {
            var rates = File.ReadAllLines(KtabFixtures.Input($"euSMP/euSMP_{label}.accommodation.csv")).Skip(1).Select(l => D(l.Split(',')[1])).ToArray();
            int n = generated.Input.ActorCount;
            Assert.Equal(n, rates.Length);
            for (int i = 0; i < n; i++)
            {
                // The file was printed with 15 significant digits.
                Assert.Equal(rates[i], generated.Input.Accommodation![i * n + i], 1e-14);
                for (int j = 0; j < n; j++) if (j != i) Assert.Equal(0, generated.Input.Accommodation![i * n + j]);
            }
        }
        else
        {
            Assert.Null(generated.Input.Accommodation);
        }
    }

    [Fact]
    public void ActorCountSpansFourToTwentyFiveNotFiveToTen()
    {
        // KTAB's comment promises 5–10 actors; the formula exp(U(ln 4, ln 25)) rounded gives 4–25.
        var counts = Enumerable.Range(0, 400).Select(s => KtabRandomScenario.Generate((ulong)s).Input.ActorCount).ToList();
        Assert.InRange(counts.Min(), 4, 4);
        Assert.InRange(counts.Max(), 22, 25);
        Assert.Contains(counts, c => c > 10);
    }

    [Fact]
    public void TheGeneratedScenarioIsAValidParleyScenario()
    {
        var scenario = KtabRandomScenario.Generate(42, accommodation: true).ToScenario();
        Assert.Empty(Parley.Core.Validation.ScenarioValidator.Validate(scenario));
        Assert.Equal("SActor-00", scenario.Actors[0].Id);
        Assert.Equal(scenario.Actors.Count, scenario.Accommodations.Count);
        // Written as YAML and read back, it still says the same.
        var yaml = ScenarioYamlWriter.Write(scenario);
        var back = ScenarioReader.Read(System.Text.Encoding.UTF8.GetBytes(yaml), "generated.yaml");
        Assert.True(back.Success, string.Join("\n", back.Problems));
        Assert.Equal(scenario, back.Value);
    }

    private static string[] KtabCsvSplit(string line)
    {
        // The title line quotes its description; the counts are the last two fields before the trailing comma.
        var fields = line.Split(',');
        return [fields[0], "", fields[^3], fields[^2]];
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
