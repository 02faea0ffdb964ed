using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

/// <summary>A random one-dimension case from a seed: continuous positions (no ties), capability 0.5–10, salience 0.1–1.</summary>
internal sealed record RandomCase(double[] X, double[] C, double[] S)
{
    public int Count => X.Length;

    public static RandomCase Create(int seed, int minActors = 2, int maxActors = 12)
    {
        var random = new Random(seed);
        int n = random.Next(minActors, maxActors + 1);
        var x = new double[n];
        var c = new double[n];
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = 100 * random.NextDouble();
            c[i] = 0.5 + 9.5 * random.NextDouble();
            s[i] = 0.1 + 0.9 * random.NextDouble();
        }
        return new RandomCase(x, c, s);
    }

    /// <summary>The same case with actors reordered: actor i of the result is actor order[i] of this one.</summary>
    public RandomCase Permute(int[] order) => new(order.Select(i => X[i]).ToArray(), order.Select(i => C[i]).ToArray(), order.Select(i => S[i]).ToArray());

    public static int[] Shuffle(int n, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}

internal static class EngineTestExtensions
{
    /// <summary>A run that stops when the test run is cancelled.</summary>
    public static ExpectedUtilityTrajectory RunCase(this ExpectedUtilityEngine engine, double[] x, double[] c, double[] s) =>
        engine.Run(x, c, s, default, TestContext.Current.CancellationToken);
}
