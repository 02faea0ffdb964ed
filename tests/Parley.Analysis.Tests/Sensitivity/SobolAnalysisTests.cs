using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;

namespace Parley.Analysis.Tests.Sensitivity;

public class SobolAnalysisTests(ITestOutputHelper log)
{
    /// <summary>Ishigami and Homma's test function, f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³.</summary>
    private sealed class Ishigami(double a, double b) : IModelFunction
    {
        public int Outputs => 1;

        public void Evaluate(ReadOnlySpan<double> x, Span<double> y) =>
            y[0] = Math.Sin(x[0]) + a * Math.Pow(Math.Sin(x[1]), 2) + b * Math.Pow(x[2], 4) * Math.Sin(x[0]);
    }

    /// <summary>y = Σ c_i x_i, plus a second output that ignores every input.</summary>
    private sealed class Linear(double[] c) : IModelFunction
    {
        public int Outputs => 2;

        public void Evaluate(ReadOnlySpan<double> x, Span<double> y)
        {
            double sum = 0;
            for (int i = 0; i < c.Length; i++) sum += c[i] * x[i];
            y[0] = sum;
            y[1] = 3.5;
        }
    }

    private static InputQuantile[] OnPi(int k) =>
        Enumerable.Range(0, k).Select(_ => new InputQuantile(InputDistribution.Uniform, -Math.PI, 0, Math.PI)).ToArray();

    /// <summary>The analytic indices (Sobol' and Levitan 1999; Saltelli et al. 2008, §4.8).</summary>
    private static (double[] S1, double[] ST) IshigamiIndices(double a, double b)
    {
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    [Fact]
    public void Ishigami_indices_are_reproduced_within_0_01_at_2_to_the_14_samples()
    {
        var (s1, st) = IshigamiIndices(7, 0.1);
        Assert.Equal(0.3139, s1[0], 4);
        Assert.Equal(0.4424, s1[1], 4);
        Assert.Equal(0.5576, st[0], 4);
        Assert.Equal(0.2437, st[2], 4);

        var result = SobolAnalysis.Run(OnPi(3), () => new Ishigami(7, 0.1), new SensitivityOptions(Samples: 1 << 14, Seed: 1));
        Assert.Equal(SamplingScheme.Sobol, result.Sampling);
        var output = Assert.Single(result.Outputs);
        for (int i = 0; i < 3; i++)
        {
            log.WriteLine($"x{i + 1}: S1 {output.FirstOrder[i].Value:F4} [{output.FirstOrder[i].Low:F4}, {output.FirstOrder[i].High:F4}] (analytic {s1[i]:F4}); ST {output.TotalEffect[i].Value:F4} [{output.TotalEffect[i].Low:F4}, {output.TotalEffect[i].High:F4}] (analytic {st[i]:F4})");
            Assert.True(Math.Abs(output.FirstOrder[i].Value - s1[i]) < 0.01, $"S1[{i + 1}] = {output.FirstOrder[i].Value:F4}, analytic {s1[i]:F4}");
            Assert.True(Math.Abs(output.TotalEffect[i].Value - st[i]) < 0.01, $"ST[{i + 1}] = {output.TotalEffect[i].Value:F4}, analytic {st[i]:F4}");
            Assert.True(output.FirstOrder[i].Contains(s1[i]), $"S1[{i + 1}] interval {output.FirstOrder[i]} misses {s1[i]:F4}");
            Assert.True(output.TotalEffect[i].Contains(st[i]), $"ST[{i + 1}] interval {output.TotalEffect[i]} misses {st[i]:F4}");
        }
        // x3 acts only through its interaction with x1: S1 − ST is the interaction's share.
        Assert.Equal([0, 1, 2], output.Ranked());
    }

    [Fact]
    public void Pseudo_random_points_converge_too_only_more_slowly()
    {
        var (s1, st) = IshigamiIndices(7, 0.1);
        var result = SobolAnalysis.Run(OnPi(3), () => new Ishigami(7, 0.1), new SensitivityOptions(Samples: 1 << 14, Seed: 1, Resamples: 100, Sampling: SamplingScheme.PseudoRandom));
        Assert.Equal(SamplingScheme.PseudoRandom, result.Sampling);
        var output = result.Outputs[0];
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(output.FirstOrder[i].Value, s1[i] - 0.04, s1[i] + 0.04);
            Assert.InRange(output.TotalEffect[i].Value, st[i] - 0.04, st[i] + 0.04);
        }
    }

    [Fact]
    public void A_linear_model_gets_its_analytic_indices_and_a_constant_output_none()
    {
        // Independent inputs, y = Σ c_i x_i: S_i = ST_i = c_i² Var(x_i) / Σ_j c_j² Var(x_j).
        double[] c = [1, -2, 0.5, 3, 0];
        var inputs = new[]
        {
            new InputQuantile(InputDistribution.Uniform, 0, 5, 10),            // Var = 100/12
            new InputQuantile(InputDistribution.Uniform, -1, 0, 1),            // 4/12
            new InputQuantile(InputDistribution.Pert, 0, 20, 100),             // Beta(1.8, 4.2) × 100
            new InputQuantile(InputDistribution.Uniform, 2, 3, 4),             // 4/12
            new InputQuantile(InputDistribution.Uniform, 0, 1, 50),            // no effect
        };
        double alpha = 1.8, beta = 4.2;
        double[] variance = [100.0 / 12, 4.0 / 12, 1e4 * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1)), 4.0 / 12, 50.0 * 50 / 12];
        double total = c.Select((ci, i) => ci * ci * variance[i]).Sum();

        var result = SobolAnalysis.Run(inputs, () => new Linear(c), new SensitivityOptions(Samples: 1 << 12, Seed: 3));
        var output = result.Outputs[0];
        Assert.Equal(total, output.Variance, total * 0.01);
        for (int i = 0; i < c.Length; i++)
        {
            double expected = c[i] * c[i] * variance[i] / total;
            Assert.True(Math.Abs(output.FirstOrder[i].Value - expected) < 0.01, $"S1[{i}] = {output.FirstOrder[i].Value:F4}, analytic {expected:F4}");
            Assert.True(Math.Abs(output.TotalEffect[i].Value - expected) < 0.01, $"ST[{i}] = {output.TotalEffect[i].Value:F4}, analytic {expected:F4}");
        }
        // An input the output ignores leaves f(A_B^i) = f(A) row by row: exactly zero.
        Assert.Equal(0, output.FirstOrder[4].Value);
        Assert.Equal(0, output.TotalEffect[4].Value);
        Assert.True(output.FirstOrderSum.Contains(1), $"sum of S1 {output.FirstOrderSum}");

        var constant = result.Outputs[1];
        Assert.False(constant.HasVariance);
        Assert.Equal(3.5, constant.Mean);
        Assert.All(constant.TotalEffect, e => Assert.True(double.IsNaN(e.Value)));
    }

    [Fact]
    public void Same_seed_gives_identical_indices_on_one_and_several_threads_and_another_seed_differs()
    {
        var options = new SensitivityOptions(Samples: 1000, Seed: 9, Resamples: 200);
        var one = SobolAnalysis.Run(OnPi(3), () => new Ishigami(7, 0.1), options with { Threads = 1 });
        var three = SobolAnalysis.Run(OnPi(3), () => new Ishigami(7, 0.1), options with { Threads = 3 });
        Assert.Equal(one.Outputs[0].FirstOrder, three.Outputs[0].FirstOrder);
        Assert.Equal(one.Outputs[0].TotalEffect, three.Outputs[0].TotalEffect);
        Assert.Equal(one.Outputs[0].FirstOrderSum, three.Outputs[0].FirstOrderSum);
        var other = SobolAnalysis.Run(OnPi(3), () => new Ishigami(7, 0.1), options with { Seed = 10 });
        Assert.NotEqual(one.Outputs[0].TotalEffect, other.Outputs[0].TotalEffect);
    }
}
