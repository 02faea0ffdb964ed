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
