using Parley.Models.Baseline;

namespace Parley.Models.Tests.Baseline;

public class WeightedStatisticsTests
{
    [Fact]
    public void Mean_weights_positions_by_capability_times_salience()
    {
        // (1·1·0 + 2·0.5·50 + 1·1·100) / (1 + 1 + 1) = 150 / 3 = 50
        double mean = WeightedStatistics.Mean([0, 50, 100], [1, 0.5, 1], [1, 2, 1]);
        Assert.Equal(50, mean, 12);
    }

    [Fact]
    public void Mean_of_an_asymmetric_case_by_hand()
    {
        // weights 3·0.8 = 2.4, 1·1 = 1, 2·0.1 = 0.2 → (2.4·10 + 1·40 + 0.2·90) / 3.6 = 82 / 3.6
        double mean = WeightedStatistics.Mean([10, 40, 90], [0.8, 1, 0.1], [3, 1, 2]);
        Assert.Equal(82 / 3.6, mean, 12);
    }
}
