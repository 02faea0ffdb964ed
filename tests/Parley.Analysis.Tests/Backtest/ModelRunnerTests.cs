using System.Collections.Immutable;
using Parley.Analysis.Backtest;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Tests.Backtest;

public sealed class ModelRunnerTests
{
    private sealed class Flaky : IBargainingModel
    {
        public string Id => "flaky";

        public string Name => "Flaky";

        public bool IsDynamic => true;

        public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
        {
            double first = scenario.Position[0];
            if (first < 20) throw new InvalidOperationException("no convergence");
            if (first < 40) return new Forecast(Id, Name, [DimensionForecast.Static("d", double.NaN)]);
            if (first < 60)
            {
                // Slow but cooperative: stops when the runner's timeout fires.
                cancellationToken.WaitHandle.WaitOne();
                cancellationToken.ThrowIfCancellationRequested();
            }
            return new Forecast(Id, Name, [DimensionForecast.Static("d", first)]);
        }

        public void Predict(CompiledScenario scenario, Span<double> outcomes) => outcomes[0] = Run(scenario).Dimensions[0].Outcome;
    }

    private static CompiledScenario Scenario(double position) => CompiledScenario.Compile(new Scenario("t",
        ValueList.Of(new Actor("a", "A", 1)), ValueList.Of(new Dimension("d", "D", Scale.Default)), ValueList.Of(new Stance("a", "d", position, 50))));

    [Fact]
    public void FailuresTimeoutsAndGoodForecastsAreCountedApart()
    {
        CompiledScenario?[] scenarios = [Scenario(10), Scenario(30), Scenario(50), Scenario(70), null];
        var outcome = ModelRunner.Run(new Flaky(), scenarios, TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.True(double.IsNaN(outcome.Forecasts[0]));
        Assert.True(double.IsNaN(outcome.Forecasts[1]));
        Assert.True(double.IsNaN(outcome.Forecasts[2]));
        Assert.Equal(70, outcome.Forecasts[3]);
        Assert.Equal(3, outcome.Failed);
        Assert.Equal(1, outcome.TimedOut);
        Assert.NotNull(outcome.FirstMessage);
    }

    [Fact]
    public void ScoresLeaveFailuresOutAndBootstrapIsSeeded()
    {
        var scores = ErrorScores.Of([10, double.NaN, 50], [0, 0, 40]);
        Assert.Equal(2, scores.Issues);
        Assert.Equal(10, scores.Mae);
        Assert.Equal(1, scores.Within10);
        string[] proposals = ["p1", "p1", "p2", "p3", "p3", "p4"];
        double[] errors = [1, 2, 3, 10, 20, 5];
        var a = new ProposalBootstrap(proposals, 500, 7).MeanInterval(errors);
        var b = new ProposalBootstrap(proposals, 500, 7).MeanInterval(errors);
        Assert.Equal(a, b);
        Assert.True(a.Low < errors.Average() && errors.Average() < a.High);
        var zero = new ProposalBootstrap(proposals, 100, 1).DifferenceInterval(errors, errors);
        Assert.Equal(new Interval(0, 0), zero);
    }

    [Fact]
    public void UnknownOrMisconfiguredModelsAreReportedAsFailures()
    {
        var result = BacktestRunner.Run(Deu3.Data, new BacktestOptions
        {
            Models = [ModelSpec.Of("mean"), ModelSpec.Of("no-such-model"), new ModelSpec("median", ImmutableSortedDictionary<string, string>.Empty.Add("rounds", "3"))],
            Capabilities = [CapabilityScheme.Equal],
            Candidates = false,
            Resamples = 50,
        }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(result.Failures, f => f.Model == "no-such-model" && f.Failed == 353);
        Assert.Contains(result.Failures, f => f.Model.StartsWith("median(", StringComparison.Ordinal));
        Assert.NotNull(result.Find("mean", "equal", "in-sample"));
    }
}
