using Parley.Core.Presentation;
using Xunit;

namespace Parley.Core.Tests.Presentation;

public class ProbabilityTests
{
    [Theory]
    [InlineData(0.0, "0 %")]
    [InlineData(1.0, "100 %")]
    [InlineData(0.186, "19 %")]
    [InlineData(0.182, "18 %")]
    [InlineData(0.125, "13 %")]
    [InlineData(0.004, "<1 %")]
    [InlineData(0.996, ">99 %")]
    [InlineData(0.5, "50 %")]
    public void Prints_whole_percentages_and_never_shows_a_possible_event_as_impossible(double p, string expected) =>
        Assert.Equal(expected, Probability.Format(p));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Refuses_numbers_that_are_not_probabilities(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Probability.Format(p));
}
