using System.Globalization;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

/// <summary>KTAB's scenarios and outputs, copied into tests/fixtures/ktab (see the README there).</summary>
internal static class KtabFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab");

    public static string Input(string relative) => Path.Combine(Root, "inputs", relative);

    public static string Expected(string relative) => Path.Combine(Root, "expected", relative);

    public static Scenario ReadScenario(string relativeInput)
    {
        var result = ScenarioReader.ReadFile(Input(relativeInput));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        return result.Value;
    }

    /// <summary>The model configured as the scenario file says, under <paramref name="preset"/>, plus extra settings.</summary>
    public static SpatialModel Model(Scenario scenario, string preset, params (string Name, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(scenario.ModelParameters.For("smp"), StringComparer.OrdinalIgnoreCase) { ["preset"] = preset };
        foreach (var (name, value) in extra) settings[name] = value;
        var result = SpatialModel.Create(settings);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        return (SpatialModel)result.Value;
    }

    /// <summary>Runs a fixture under a preset (with extra settings) on <paramref name="threads"/> threads (0: all cores).</summary>
    public static SpatialRun Run(string relativeInput, string preset, int threads = 0, params (string Name, string Value)[] extra)
    {
        var scenario = ReadScenario(relativeInput);
        var model = Model(scenario, preset, extra);
        model = new SpatialModel(model.Options with { MaxThreads = threads });
        return model.Simulate(CompiledScenario.Compile(scenario), TestContext.Current.CancellationToken);
    }

    /// <summary>Whether two runs are identical in every recorded number.</summary>
    public static bool SameRun(SpatialRun a, SpatialRun b)
    {
        if (a.States.Length != b.States.Length || a.StopReason != b.StopReason) return false;
        for (int t = 0; t < a.States.Length; t++)
        {
            if (!a.States[t].Positions.SequenceEqual(b.States[t].Positions)) return false;
            if (!a.States[t].WinProbabilities.SequenceEqual(b.States[t].WinProbabilities)) return false;
            if (!a.States[t].RiskAttitudes.SequenceEqual(b.States[t].RiskAttitudes)) return false;
        }
        for (int r = 0; r < a.Rounds.Length; r++)
        {
            if (!a.Rounds[r].Challenges.SequenceEqual(b.Rounds[r].Challenges)) return false;
            if (!a.Rounds[r].Choices.SequenceEqual(b.Rounds[r].Choices)) return false;
            if (a.Rounds[r].Bargains.Length != b.Rounds[r].Bargains.Length) return false;
            for (int m = 0; m < a.Rounds[r].Bargains.Length; m++)
            {
                var x = a.Rounds[r].Bargains[m];
                var y = b.Rounds[r].Bargains[m];
                if (x.Initiator != y.Initiator || x.Receiver != y.Receiver || !x.InitiatorPoint.SequenceEqual(y.InitiatorPoint) || !x.ReceiverPoint.SequenceEqual(y.ReceiverPoint)) return false;
            }
        }
        return true;
    }

    /// <summary>Expected positions [turn][actor * K + k] on KTAB's 0–100 scale.</summary>
    public static List<double[]> ReadPositions(string relativeExpected, out int actors, out int dimensions)
    {
        var lines = File.ReadAllLines(Expected(relativeExpected)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        dimensions = lines[0].Length - 2;
        var turns = new List<List<double>>();
        var names = new List<string>();
        foreach (var fields in lines)
        {
            int turn = int.Parse(fields[0], CultureInfo.InvariantCulture);
            while (turns.Count <= turn) turns.Add([]);
            if (turn == 0) names.Add(fields[1]);
            for (int k = 0; k < dimensions; k++) turns[turn].Add(double.Parse(fields[2 + k], CultureInfo.InvariantCulture));
        }
        actors = names.Count;
        return turns.Select(t => t.ToArray()).ToList();
    }

    /// <summary>Compares a run with an expected file; returns (values compared, largest difference).</summary>
    public static (int Values, double MaxDifference) Compare(SpatialRun run, string relativeExpected, double tolerance = 1e-9)
    {
        var expected = ReadPositions(relativeExpected, out int actors, out int dimensions);
        Assert.Equal(actors, run.ActorCount);
        Assert.Equal(dimensions, run.DimensionCount);
        double max = 0;
        int values = 0;
        for (int t = 0; t < Math.Min(expected.Count, run.States.Length); t++)
        {
            for (int v = 0; v < expected[t].Length; v++)
            {
                double ours = 100 * run.States[t].Positions[v];
                double diff = Math.Abs(ours - expected[t][v]);
                max = Math.Max(max, diff);
                values++;
                Assert.True(diff <= tolerance, $"{relativeExpected}: turn {t}, actor {v / dimensions + 1}, dimension {v % dimensions + 1}: KTAB {expected[t][v].ToString("R", CultureInfo.InvariantCulture)}, Parley {ours.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }
        Assert.True(expected.Count == run.States.Length, $"{relativeExpected}: KTAB has {expected.Count} states, Parley {run.States.Length}");
        return (values, max);
    }
}
