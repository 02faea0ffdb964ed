using Parley.Analysis.Sensitivity;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Tests.Sensitivity;

public class SensitivityAnalysisTests
{
    [Fact]
    public void First_order_indices_of_the_weighted_mean_on_the_flagship_sum_to_one_within_their_interval()
    {
        var scenario = TestScenarios.Flagship();
        var result = SensitivityAnalysis.Run(scenario, [ModelCatalog.Default("mean")], new SensitivityOptions(Samples: 1024, Seed: 1, Resamples: 300));
        Assert.Equal(63, result.Inputs.Length);
        Assert.Equal(SamplingScheme.Sobol, result.Sampling);
        for (int d = 0; d < scenario.Dimensions.Count; d++)
        {
            var output = result[0, d];
            Assert.True(output.HasVariance);
            Assert.True(output.FirstOrderSum.Contains(1) || Math.Abs(output.FirstOrderSum.Value - 1) < 0.02,
                $"{scenario.Dimensions[d].Id}: sum of S1 = {output.FirstOrderSum}");
            string dimension = scenario.Dimensions[d].Id;
            for (int i = 0; i < result.Inputs.Length; i++)
            {
                var input = result.Inputs[i];
                // The weighted mean of one dimension never reads another dimension's stances.
                if (input.DimensionId is { } other && other != dimension)
                {
                    Assert.Equal(0, output.TotalEffect[i].Value);
                    Assert.Equal(0, output.FirstOrder[i].Value);
                }
            }
        }
    }

    [Fact]
    public void Inputs_are_named_as_the_analyst_wrote_them()
    {
        var scenario = TestScenarios.Flagship();
        var result = SensitivityAnalysis.Run(scenario, [ModelCatalog.Default("mean")], new SensitivityOptions(Samples: 16, Resamples: 10));
        var usa = result.Inputs.Single(i => i.Label == "USA sanctions position");
        var stance = scenario.Stances.Single(s => s.ActorId == "USA" && s.DimensionId == "sanctions");
        Assert.Equal(stance.PositionRange!.Value.Low, usa.Low);
        Assert.Equal(stance.PositionRange!.Value.High, usa.High);
        var salience = result.Inputs.First(i => i.Parameter == "salience");
        Assert.InRange(salience.High, 1.0001, 100); // written in percent, not as a fraction
        Assert.Contains(result.Inputs, i => i.Parameter == "capability" && i.DimensionId is null);
    }

    [Fact]
    public void A_model_whose_forecast_never_moves_has_no_indices_and_a_scenario_without_ranges_is_refused()
    {
        var scenario = TestScenarios.Flagship();
        var result = SensitivityAnalysis.Run(scenario, [ModelCatalog.Default("mean"), ModelCatalog.Default("nbs")], new SensitivityOptions(Samples: 64, Resamples: 20, Threads: 2));
        Assert.Contains(Enumerable.Range(0, scenario.Dimensions.Count), d => !result[1, d].HasVariance);
        Assert.All(Enumerable.Range(0, scenario.Dimensions.Count), d => Assert.True(result[0, d].HasVariance));
        Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(TestScenarios.WithoutRanges(scenario), [ModelCatalog.Default("mean")], new SensitivityOptions(Samples: 16)));
    }
}
