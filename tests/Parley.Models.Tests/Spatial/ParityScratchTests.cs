using Parley.Core;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

public sealed class ParityScratchTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Directory.GetFiles(KtabFixtures.Input("variants"), "*.xml").Order())
        {
            string name = Path.GetFileNameWithoutExtension(f);
            data.Add("variants/" + name + ".xml", "variants/" + name + ".positions.csv");
        }
        foreach (var f in Directory.GetFiles(KtabFixtures.Input("generated"), "*.csv").Order())
        {
            string name = Path.GetFileNameWithoutExtension(f);
            data.Add("generated/" + name + ".csv", "generated/" + name + ".positions.csv");
        }
        foreach (var f in Directory.GetFiles(KtabFixtures.Input("euSMP"), "euSMP_*.csv").Order())
        {
            string name = Path.GetFileNameWithoutExtension(f);
            if (name.EndsWith(".accommodation")) continue;
            data.Add("euSMP/" + name + ".csv", "euSMP/" + name + ".viaCSV.positions.csv");
        }
        data.Add("dummyData-a080.csv", "dummyData-a080.positions.csv");
        data.Add("dummyData-a160.csv", "dummyData-a160.positions.csv");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Matches(string input, string expected)
    {
        var scenario = KtabFixtures.ReadScenario(input);
        var settings = new Dictionary<string, string>(scenario.ModelParameters.For("smp")) { ["preset"] = "ktab" };
        var model = (SpatialModel)SpatialModel.Create(settings).Value;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var run = model.Simulate(CompiledScenario.Compile(scenario), TestContext.Current.CancellationToken);
        output.WriteLine($"{input}: {run.States.Length} states in {sw.ElapsedMilliseconds} ms");
        KtabFixtures.Compare(run, expected);
    }
}
