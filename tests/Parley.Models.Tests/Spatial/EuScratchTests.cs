using System.Globalization;
using Parley.Core;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

public sealed class EuScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("default", 15455440707583219804UL, false)]
    [InlineData("s1", 1UL, false)]
    [InlineData("s42", 42UL, false)]
    [InlineData("s12345", 12345UL, false)]
    [InlineData("s987654321", 987654321UL, false)]
    [InlineData("s42ra", 42UL, true)]
    public void Generates(string label, ulong seed, bool ra)
    {
        var g = KtabRandomScenario.Generate(seed, ra);
        var lines = File.ReadAllLines(KtabFixtures.Input($"euSMP/euSMP_{label}.csv"));
        var head = KtabFixturesSplit(lines[0]);
        output.WriteLine($"{label}: gen N={g.Input.ActorCount} K={g.Input.DimensionCount}; csv {head[2]} {head[3]}");
        Assert.Equal(int.Parse(head[2]), g.Input.ActorCount);
        int k = g.Input.DimensionCount;
        for (int i = 0; i < g.Input.ActorCount; i++)
        {
            var f = lines[2 + i].Split(',');
            Assert.Equal(double.Parse(f[2], CultureInfo.InvariantCulture), g.Input.Capability[i]);
            for (int d = 0; d < k; d++)
            {
                Assert.Equal(double.Parse(f[3 + 2 * d], CultureInfo.InvariantCulture), 100 * g.Input.Position[i * k + d]);
                Assert.Equal(double.Parse(f[4 + 2 * d], CultureInfo.InvariantCulture), 100 * g.Input.Salience[i * k + d]);
            }
        }
        var model = new SpatialModel(g.Options(new SmpOptions { Preset = SmpPreset.Ktab }));
        var run = model.Simulate(g.Input, TestContext.Current.CancellationToken);
        KtabFixtures.Compare(run, $"euSMP/euSMP_{label}.positions.csv");
    }

    private static string[] KtabFixturesSplit(string line) => line.Split(',');
}
