using Parley.Analysis.Backtest.Deal;

namespace Parley.Analysis.Tests.Backtest;

public sealed class PredictiveDistributionTests
{
    [Fact]
    public void AStatusQuoAtomAboveOneHalfIsTheMedian()
    {
        var d = PredictiveDistribution.Mixture(20, 0.6, 70, [-10, 0, 10], 1, 0, 100);
        Assert.Equal(20, d.Median);
        Assert.Equal(0.6, d.PStatusQuo);
        Assert.Equal(1, d.Cdf(100), 12);
        Assert.Equal(0.6, d.Cdf(20), 12);
    }

    [Fact]
    public void IntervalsComeFromTheQuantilesOfTheMixture()
    {
        // Errors −40 … +40 in steps of 10 around 50: nine equally likely atoms 10 … 90.
        var d = PredictiveDistribution.Mixture(double.NaN, 0.5, 50, [.. Enumerable.Range(-4, 9).Select(k => 10.0 * k)], 1, 0, 100);
        Assert.Equal(0, d.PStatusQuo);
        Assert.Equal(50, d.Median);
        var ninety = d.Central(0.9);
        Assert.Equal(10, ninety.Low);
        Assert.Equal(90, ninety.High);
    }

    [Fact]
    public void ErrorsAreCensoredToTheScaleAndScaled()
    {
        var d = PredictiveDistribution.Mixture(double.NaN, 0, 90, [-30, 30], 2, 0, 100);
        Assert.Equal([30.0, 100.0], d.Values.ToArray());
    }

    [Fact]
    public void SortedAndUnsortedConstructionsAgree()
    {
        var random = new Random(3);
        var errors = Enumerable.Range(0, 50).Select(_ => random.NextDouble() * 80 - 40).ToArray();
        var a = PredictiveDistribution.Mixture(35, 0.25, 48, errors, 1.5, 0, 100);
        var b = PredictiveDistribution.FromSortedErrors(35, 0.25, 48, [.. errors.Order()], 1.5, 0, 100);
        foreach (double y in new[] { 0.0, 35, 47.5, 100 }) Assert.Equal(a.Crps(y), b.Crps(y), 10);
        foreach (double q in new[] { 0.05, 0.25, 0.5, 0.75, 0.95 }) Assert.Equal(a.Quantile(q), b.Quantile(q));
    }
}
