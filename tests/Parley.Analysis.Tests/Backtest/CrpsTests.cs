using FsCheck;
using FsCheck.Fluent;
using Parley.Analysis.Backtest.Deal;
using Parley.Analysis.Backtest.Scoring;

namespace Parley.Analysis.Tests.Backtest;

public sealed class CrpsTests
{
    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(0, 1, 1.3)]
    [InlineData(50, 12, 20)]
    [InlineData(50, 12, 90)]
    public void QuadratureMatchesTheNormalClosedForm(double mean, double sd, double y)
    {
        double exact = Crps.OfNormal(mean, sd, y);
        double numeric = Crps.ByQuadrature(x => MathNet.Numerics.Distributions.Normal.CDF(mean, sd, x), y, mean - 12 * sd, mean + 12 * sd);
        Assert.Equal(exact, numeric, 1e-5 * Math.Max(1, exact));
    }

    [Fact]
    public void NormalClosedFormAtTheMeanIsKnown()
    {
        // CRPS(N(0,1), 0) = 2φ(0) − 1/√π = (√2 − 1)/√π.
        Assert.Equal((Math.Sqrt(2) - 1) / Math.Sqrt(Math.PI), Crps.OfNormal(0, 1, 0), 12);
    }

    [Theory]
    [InlineData(30, 30)]
    [InlineData(30, 80)]
    [InlineData(80, 30)]
    public void PointMassScoresTheAbsoluteError(double atom, double y) =>
        Assert.Equal(Math.Abs(atom - y), Crps.OfAtoms([atom], [1], y), 12);

    [Fact]
    public void TwoAtomsMatchTheEnergyForm()
    {
        // CRPS = E|X − y| − ½ E|X − X'| for X on {a, b} with weights p, 1 − p.
        double a = 20, b = 70, p = 0.3;
        foreach (double y in new[] { 0.0, 20, 45, 70, 100 })
        {
            double energy = p * Math.Abs(a - y) + (1 - p) * Math.Abs(b - y) - p * (1 - p) * Math.Abs(a - b);
            Assert.Equal(energy, Crps.OfAtoms([a, b], [p, 1 - p], y), 10);
        }
    }

    [Fact]
    public void ExactAtomsAgreeWithQuadratureOnRandomMixtures()
    {
        Prop.ForAll(Gen.Choose(1, 30).SelectMany(n => Gen.Choose(0, 100).ArrayOf(n)).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(),
            (int[] errors, int y, int sqPercent) =>
            {
                // A status-quo atom at 40 plus censored error atoms around 55: the backtest's mixture.
                var d = PredictiveDistribution.Mixture(40, sqPercent / 100.0, 55, [.. errors.Select(e => e - 50.0)], 1.3, 0, 100);
                double exact = d.Crps(y);
                double numeric = Crps.ByQuadrature(d.Cdf, y, 0, 100, 100_000);
                return Math.Abs(exact - numeric) < 2e-3;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BrierAndLogScores()
    {
        Assert.Equal(0.09, ProbabilityScores.Brier(0.3, false), 12);
        Assert.Equal(0.09, ProbabilityScores.Brier(0.7, true), 12);
        Assert.Equal(0.49, ProbabilityScores.Brier(0.7, false), 12);
        Assert.Equal(-Math.Log(0.7), ProbabilityScores.Log(0.7, true), 12);
        Assert.Equal(-Math.Log(ProbabilityScores.Floor), ProbabilityScores.Log(1, false), 12);
    }
}
