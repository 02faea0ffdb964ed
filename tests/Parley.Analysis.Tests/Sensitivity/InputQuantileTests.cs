using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;

namespace Parley.Analysis.Tests.Sensitivity;

public class InputQuantileTests
{
    [Property(MaxTest = 300)]
    public Property Pert_quantile_inverts_the_beta_distribution_function()
    {
        var cases = from low in Gen.Choose(-100, 100)
                    from width in Gen.Choose(1, 200)
                    from modeShare in Gen.Choose(0, 1000)
                    from uShare in Gen.Choose(1, 999_999)
                    select (Low: (double)low, Width: (double)width, Mode: low + width * modeShare / 1000.0, U: uShare / 1_000_000.0);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double high = c.Low + c.Width;
            double alpha = 1 + 4 * (c.Mode - c.Low) / c.Width, beta = 1 + 4 * (high - c.Mode) / c.Width;
            double x = new InputQuantile(InputDistribution.Pert, c.Low, c.Mode, high).At(c.U);
            double back = Beta.CDF(alpha, beta, (x - c.Low) / c.Width);
            return (x >= c.Low && x <= high && Math.Abs(back - c.U) < 1e-10).Label($"x = {x}, F(x) = {back}, u = {c.U}");
        });
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void Pert_quantile_agrees_with_MathNet(double u)
    {
        // PERT on (10, 30, 90): α = 2, β = 4.
        double expected = 10 + 80 * Beta.InvCDF(2, 4, u);
        Assert.Equal(expected, new InputQuantile(InputDistribution.Pert, 10, 30, 90).At(u), 6);
    }

    [Fact]
    public void Uniform_and_truncated_normal_quantiles_match_their_definitions()
    {
        Assert.Equal(25, new InputQuantile(InputDistribution.Uniform, 10, 50, 30).At(0.75), 12);
        var normal = new InputQuantile(InputDistribution.TruncatedNormal, 40, 50, 80);
        // Median of a normal centred at 50, σ = 10, truncated to [40, 80].
        double from = Normal.CDF(50, 10, 40), to = Normal.CDF(50, 10, 80);
        Assert.Equal(Normal.InvCDF(50, 10, (from + to) / 2), normal.At(0.5), 12);
        Assert.InRange(normal.At(1e-12), 40, 40.001);
        Assert.InRange(normal.At(1 - 1e-12), 79.999, 80);
    }

    [Theory]
    [InlineData(InputDistribution.Pert)]
    [InlineData(InputDistribution.Uniform)]
    [InlineData(InputDistribution.TruncatedNormal)]
    public void A_zero_width_range_gives_the_written_value(InputDistribution distribution) =>
        Assert.Equal(42, new InputQuantile(distribution, 42, 42, 42).At(0.3));
}
