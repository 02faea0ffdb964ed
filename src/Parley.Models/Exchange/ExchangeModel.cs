using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;
using Parley.Models.Baseline;

namespace Parley.Models.Exchange;

/// <summary>
/// Stokman and Van Oosten's position-exchange model (equal gain), as Decide runs it: pairs of
/// actors trade positions across pairs of issues they weigh differently, round by round; the
/// outcome on each issue is the capability × salience weighted mean of the voting positions.
/// </summary>
public sealed class ExchangeModel : IBargainingModel
{
    public const string ModelId = "exchange";

    [ThreadStatic]
    private static ExchangeEngine? cachedEngine;

    [ThreadStatic]
    private static ExchangeInput? cachedInput;

    public ExchangeModel(ExchangeOptions? options = null) => Options = options ?? ExchangeOptions.Parley;

    public ExchangeOptions Options { get; }

    public string Id => ModelId;

    public string Name => "Position exchange (Stokman)";

    public bool IsDynamic => true;

    private static ExchangeEngine Engine => cachedEngine ??= new ExchangeEngine();

    /// <summary>The full run on Parley's or Decide's input: rounds, executed exchanges, externalities.</summary>
    public ExchangeRun Simulate(ExchangeInput input, CancellationToken cancellationToken = default) =>
        Engine.Run(input, Options, cancellationToken);

    public ExchangeRun Simulate(CompiledScenario scenario, CancellationToken cancellationToken = default) =>
        Simulate(ExchangeInput.From(scenario), cancellationToken);

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        var run = Simulate(scenario, cancellationToken);
        var input = run.Input;
        int n = scenario.ActorCount, m = scenario.DimensionCount;
        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(m);
        for (int k = 0; k < m; k++)
        {
            var rounds = ImmutableArray.CreateBuilder<Round>(run.Rounds.Length + 1);
            if (!run.Rounds.IsEmpty) rounds.Add(ToRound(0, run.Rounds[0].Start, k, n, input, scenario, []));
            foreach (var round in run.Rounds)
            {
                var moves = run.Exchanges.Where(x => x.Round == round.Number)
                    .SelectMany(x => new[] { (Side: x.I, Other: x.J.Actor), (Side: x.J, Other: x.I.Actor) })
                    .Where(s => s.Side.SupplyIssue == k)
                    .Select(s => new Move(s.Side.Actor, "exchange", s.Other, input.Denormalize(k, s.Side.Start), input.Denormalize(k, s.Side.Voting)))
                    .ToArray();
                rounds.Add(ToRound(round.Number, round.Voting, k, n, input, scenario, moves));
            }
            int trades = run.Exchanges.Count(x => x.P == k || x.Q == k);
            dimensions.Add(new DimensionForecast(scenario.Source.Dimensions[k].Id, run.Outcome(k), rounds.ToImmutable(),
                $"{run.Rounds.Length} rounds (fixed, as in Decide)",
                [
                    $"preset {Options.Preset}; {trades.ToString(CultureInfo.InvariantCulture)} executed exchange(s) involve this dimension",
                    "outcome = capability × salience weighted mean of the last round's voting positions",
                ]));
        }
        return new Forecast(Id, Name, dimensions.ToImmutable())
        {
            Exchanges = [.. run.Exchanges.Select(x => Trade.From(x, input))],
        };
    }

    private static Round ToRound(int number, ImmutableArray<double> normalised, int k, int n, ExchangeInput input, CompiledScenario scenario, Move[] moves)
    {
        var positions = new double[n];
        for (int i = 0; i < n; i++) positions[i] = input.Denormalize(k, normalised[k * n + i]);
        var saliences = scenario.Saliences(k);
        return new Round(number,
            WeightedStatistics.Median(positions, saliences, scenario.Capability),
            WeightedStatistics.Mean(positions, saliences, scenario.Capability),
            [.. positions]) { Moves = [.. moves] };
    }

    public void Predict(CompiledScenario scenario, Span<double> outcomes)
    {
        var input = cachedInput;
        if (input is null || input.ActorCount != scenario.ActorCount || input.IssueCount != scenario.DimensionCount
            || !ReferenceEquals(input.Tag, scenario.Source))
        {
            input = ExchangeInput.From(scenario);
            input.Tag = scenario.Source;
            cachedInput = input;
        }
        else
        {
            input.Load(scenario);
        }
        Engine.Predict(input, Options, outcomes);
    }
}
