using Parley.Core;
using Parley.Models;
using Parley.Models.Baseline;
using Parley.Models.Ensemble;

namespace Parley.Analysis.Tests;

public class EnsembleTests
{
    [Fact]
    public void Equal_weights_average_the_members_and_report_their_spread()
    {
        var compiled = CompiledScenario.Compile(TestScenarios.HandCheck());
        var forecast = new EnsembleModel([new CompromiseModel(), new WeightedMedianModel(), new NashBargainingModel()]).Run(compiled);
        var d = forecast["spending_mix"];
        Assert.Equal((50 + 40 + 30) / 3.0, d.Outcome, 12);
        Assert.Equal((30.0, 50.0), (d.Spread!.Min, d.Spread.Max));
        Assert.Equal(Math.Sqrt(200.0 / 3), d.Spread.StandardDeviation, 12);
    }

    [Fact]
    public void Weights_are_settable_and_predict_matches_run()
    {
        var model = ModelCatalog.Find("ensemble")!.Create(new Dictionary<string, string> { ["members"] = "mean,median", ["weights"] = "mean:3,median:1" }).Value;
        var compiled = CompiledScenario.Compile(TestScenarios.HandCheck());
        var outcomes = new double[2];
        model.Predict(compiled, outcomes);
        Assert.Equal(0.75 * 50 + 0.25 * 40, outcomes[0], 12);
        Assert.Equal(model.Run(compiled).Dimensions.Select(x => x.Outcome), outcomes);
    }

    [Theory]
    [InlineData("members", "mean,nosuch")]
    [InlineData("weights", "mean:-1")]
    [InlineData("weights", "median:x")]
    [InlineData("colour", "red")]
    public void Bad_settings_are_problems(string key, string value) =>
        Assert.False(ModelCatalog.Find("ensemble")!.Create(new Dictionary<string, string> { [key] = value }).Success);
}
