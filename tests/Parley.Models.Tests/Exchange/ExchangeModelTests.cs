using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Exchange;

namespace Parley.Models.Tests.Exchange;

/// <summary>
/// The exchange model's invariants under both presets, and the parley preset's corrections of
/// Decide (docs/models/exchange-model.md, "Departures"), each checked on every Decide input.
/// </summary>
public sealed class ExchangeModelTests
{
    private static readonly string[] Small = ["sample_data.txt", "copenhagen.csv", "cop21.csv", "verkiezing_2012.csv"];

    public static TheoryData<string> Inputs => [.. Small];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Runs_are_deterministic_and_predict_equals_the_recorded_run(string input)
    {
        foreach (var options in new[] { ExchangeOptions.Decide, ExchangeOptions.Parley })
        {
            var first = DecideFixtures.Run(input, options);
            var second = DecideFixtures.Run(input, options);
            Assert.Equal(first.Exchanges.Select(x => (x.Gain, x.I.Voting, x.J.Voting)), second.Exchanges.Select(x => (x.Gain, x.I.Voting, x.J.Voting)));
            Assert.Equal(first.Rounds[^1].VotingOutcome, second.Rounds[^1].VotingOutcome);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Both_parties_gain_the_same_and_outcomes_stay_between_them(string input)
    {
        foreach (var options in new[] { ExchangeOptions.Decide, ExchangeOptions.Parley })
        {
            var run = DecideFixtures.Run(input, options);
            Assert.NotEmpty(run.Exchanges);
            foreach (var x in run.Exchanges)
            {
                Assert.True(x.Gain > 0);
                foreach (var side in new[] { x.I, x.J })
                {
                    // Each actor moves toward its partner, never past it, and stays on the scale.
                    Assert.InRange(side.Voting, -1e-9, 100 + 1e-9);
                    Assert.True(Math.Abs(side.Voting - side.Target) <= Math.Abs(side.Start - side.Target) + 1e-9, $"{x.Round}.{x.Sequence} overshoots");
                }
            }
        }
    }

    /// <summary>B4/B5 corrected: within a round an actor never reverses direction on an issue.</summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parley_preset_never_reverses_an_actor_within_a_round(string input)
    {
        var run = DecideFixtures.Run(input, ExchangeOptions.Parley);
        foreach (var round in run.Exchanges.GroupBy(x => x.Round))
        {
            var direction = new Dictionary<(int, int), int>();
            foreach (var side in round.SelectMany(x => new[] { x.I, x.J }))
            {
                int sign = Math.Sign(side.Move);
                Assert.NotEqual(0, sign);
                if (direction.TryGetValue((side.Actor, side.SupplyIssue), out int before)) Assert.Equal(before, sign);
                else direction[(side.Actor, side.SupplyIssue)] = sign;
            }
        }
    }

    /// <summary>B14 corrected: no exchange executes whose gain the no-crossing cut brought below the threshold.</summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parley_preset_executes_no_exchange_below_the_gain_threshold(string input)
    {
        var run = DecideFixtures.Run(input, ExchangeOptions.Parley);
        Assert.All(run.Exchanges, x => Assert.True(x.Gain >= 1e-10, $"{x.Round}.{x.Sequence}: gain {x.Gain}"));
    }

    /// <summary>
    /// The no-crossing rule, with the outcome views reported for the final moves (Decide keeps a
    /// stale view after the partner's cut, and never clears a cut flag): under parley no executed
    /// move pushes its issue's outcome past the partner's position.
    /// </summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parley_preset_never_pushes_an_outcome_past_the_partner(string input)
    {
        var run = DecideFixtures.Run(input, ExchangeOptions.Parley);
        Assert.All(run.Exchanges.SelectMany(x => new[] { x.I, x.J }),
            s => Assert.True((s.Target - s.OutcomeBefore) * (s.Target - s.OutcomeAfter) >= -1e-9, $"{s.Actor} on {s.SupplyIssue}: {s.OutcomeBefore} → {s.OutcomeAfter} past {s.Target}"));
    }

    [Fact]
    public void The_presets_differ_on_decides_data()
    {
        var decide = DecideFixtures.Run("cop21.csv", ExchangeOptions.Decide);
        var parley = DecideFixtures.Run("cop21.csv", ExchangeOptions.Parley);
        Assert.NotEqual(decide.Rounds[^1].VotingOutcome, parley.Rounds[^1].VotingOutcome);
    }

    [Fact]
    public void Predict_on_a_scenario_equals_the_forecast_and_the_scenario_path_equals_decides_path()
    {
        string text = File.ReadAllText(Path.Combine(DecideFixtures.Root, "inputs", "sample_data.txt"));
        var scenario = ScenarioReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "sample_data.txt");
        Assert.True(scenario.Success, string.Join("\n", scenario.Problems));
        var compiled = CompiledScenario.Compile(scenario.Value);
        var model = new ExchangeModel(ExchangeOptions.Decide);
        var forecast = model.Run(compiled, TestContext.Current.CancellationToken);
        var outcomes = new double[compiled.DimensionCount];
        model.Predict(compiled, outcomes);
        model.Predict(compiled, outcomes); // the cached input is reloaded, not reused stale
        var direct = DecideFixtures.Run("sample_data.txt", ExchangeOptions.Decide);
        for (int k = 0; k < outcomes.Length; k++)
        {
            Assert.Equal(forecast.Dimensions[k].Outcome, outcomes[k]);
            Assert.Equal(direct.Outcome(k), outcomes[k], 9);
        }
        Assert.Equal(direct.Exchanges.Length, forecast.Exchanges.Length);
        Assert.Equal(11, forecast.Dimensions[0].Rounds.Length);
    }

    [Fact]
    public void Settings_are_parsed_and_bad_ones_reported()
    {
        var ok = ExchangeSettings.Parse(new Dictionary<string, string> { ["preset"] = "Decide", ["rounds"] = "3" });
        Assert.True(ok.Success);
        Assert.Equal(ExchangeOptions.Decide with { Rounds = 3 }, ok.Value);
        var bad = ExchangeSettings.Parse(new Dictionary<string, string> { ["preset"] = "x", ["rounds"] = "0", ["speed"] = "1" });
        Assert.Equal(3, bad.Problems.Length);
        Assert.NotNull(ModelCatalog.Find("exchange"));
        Assert.IsType<ExchangeModel>(ModelCatalog.Default("exchange"));
    }

    [Fact]
    public void Two_actors_who_weigh_two_issues_oppositely_trade_freeze_for_freeze()
    {
        // A cares about x, B about y; they stand on opposite sides of both outcomes: one exchange,
        // each moves on the issue it cares less about, and both gain.
        var input = new ExchangeInput(["A", "B", "C"], ["x", "y"], [0, 0], [100, 100]);
        input.Set(0, 0, 100, 0.9, 1); input.Set(0, 1, 100, 0.2, 1);
        input.Set(1, 0, 0, 0.2, 1); input.Set(1, 1, 0, 0.9, 1);
        input.Set(2, 0, 50, 0.5, 1); input.Set(2, 1, 50, 0.5, 1);
        var run = new ExchangeModel(ExchangeOptions.Parley with { Rounds = 1 }).Simulate(input, TestContext.Current.CancellationToken);
        var trade = Assert.Single(run.Exchanges.Where(x => (x.I.Actor, x.J.Actor) is (0, 1) or (1, 0)));
        var a = trade.I.Actor == 0 ? trade.I : trade.J;
        var b = trade.I.Actor == 1 ? trade.I : trade.J;
        Assert.Equal(1, a.SupplyIssue); // A gives on y
        Assert.Equal(0, b.SupplyIssue); // B gives on x
        Assert.True(a.Voting < 100 && b.Voting > 0);
        Assert.True(run.Rounds[0].VotingOutcome[0] > run.Rounds[0].PreferenceOutcome[0]); // x moved toward A
        Assert.True(run.Rounds[0].VotingOutcome[1] < run.Rounds[0].PreferenceOutcome[1]); // y moved toward B
    }
}
