using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// Bueno de Mesquita's expected-utility model behind <see cref="IBargainingModel"/> (id <c>eu</c>).
/// The model is one-dimensional: a scenario with several dimensions runs each on its own, with the
/// dimension's positions and saliences and the actors' common capabilities — the convention of
/// Bueno de Mesquita's applications, which treat every issue separately.
/// </summary>
public sealed class ExpectedUtilityModel : IPerceivingModel, IDimensionwisePredictor
{
    private readonly ExpectedUtilityEngine engine;

    public ExpectedUtilityModel(ExpectedUtilityOptions? options = null, ComputationPath path = ComputationPath.Automatic)
    {
        Options = options ?? ExpectedUtilityPresets.Parley;
        engine = new ExpectedUtilityEngine(Options, path);
    }

    public string Id => "eu";

    public string Name => "Expected utility (Bueno de Mesquita)";

    public bool IsDynamic => true;

    public ExpectedUtilityOptions Options { get; }

    public string Preset => Options.Preset;

    public ExpectedUtilityEngine Engine => engine;

    /// <summary>The whole trajectory of one dimension (actors by index).</summary>
    public ExpectedUtilityTrajectory Trajectory(CompiledScenario scenario, int dimension, CancellationToken cancellationToken = default)
    {
        var groups = NameGroups(scenario);
        return engine.Run(scenario.Positions(dimension), scenario.Capability, scenario.Saliences(dimension), groups, cancellationToken);
    }

    /// <summary>The perception matrix of one dimension at the start of <paramref name="round"/>.</summary>
    public PerceptionMatrix Perceive(CompiledScenario scenario, int dimension, int round = 1) =>
        engine.Perceive(scenario.Positions(dimension), scenario.Capability, scenario.Saliences(dimension), round, NameGroups(scenario));

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(scenario.DimensionCount);
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            var trajectory = Trajectory(scenario, k, cancellationToken);
            var rounds = trajectory.Rounds.Select((round, r) => ToRound(round, r == 0 ? round : trajectory.Rounds[r - 1])).ToImmutableArray();
            dimensions.Add(new DimensionForecast(scenario.Source.Dimensions[k].Id, trajectory.Outcome, rounds, trajectory.Stop.Message, Notes(trajectory)));
        }
        return new Forecast(Id, Name, dimensions.MoveToImmutable());
    }

    public double PredictDimension(CompiledScenario scenario, int dimension)
    {
        Span<double> one = stackalloc double[1];
        Predict(scenario, one, dimension, 1);
        return one[0];
    }

    public void Predict(CompiledScenario scenario, Span<double> outcomes) => Predict(scenario, outcomes, 0, scenario.DimensionCount);

    /// <summary>Outcomes of dimensions <paramref name="first"/> … first + count − 1, written from outcomes[0].</summary>
    private void Predict(CompiledScenario scenario, Span<double> outcomes, int first, int count)
    {
        int n = scenario.ActorCount;
        int[]? groups = null;
        if (Options.Identity != ActorIdentity.ByIndex)
        {
            groups = ArrayPool<int>.Shared.Rent(n);
            FillNameGroups(scenario, groups.AsSpan(0, n));
        }
        try
        {
            for (int k = first; k < first + count; k++)
            {
                outcomes[k - first] = engine.Predict(scenario.Positions(k), scenario.Capability, scenario.Saliences(k), groups is null ? default : groups.AsSpan(0, n));
            }
        }
        finally
        {
            if (groups is not null) ArrayPool<int>.Shared.Return(groups);
        }
    }

    private int[] NameGroups(CompiledScenario scenario)
    {
        if (Options.Identity == ActorIdentity.ByIndex) return [];
        var groups = new int[scenario.ActorCount];
        FillNameGroups(scenario, groups);
        return groups;
    }

    /// <summary>Each actor's group is the index of the first actor with its name.</summary>
    private static void FillNameGroups(CompiledScenario scenario, Span<int> groups)
    {
        var actors = scenario.Source.Actors;
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = i;
            for (int k = 0; k < i; k++)
            {
                if (string.Equals(actors[k].Name, actors[i].Name, StringComparison.Ordinal))
                {
                    groups[i] = k;
                    break;
                }
            }
        }
    }

    private static Round ToRound(ExpectedUtilityRound round, ExpectedUtilityRound previous)
    {
        var moves = ImmutableArray.CreateBuilder<Move>();
        for (int i = 0; i < round.Offers.Length; i++)
        {
            if (round.Offers[i] is not { } offer) continue;
            moves.Add(new Move(i, offer.KindName, offer.Proposer, previous.Positions[i], round.Positions[i]));
        }
        var result = new Round(round.Number, round.Median, round.Mean, round.Positions) { Moves = moves.ToImmutable() };
        if (!round.RiskExponents.IsDefaultOrEmpty)
        {
            result = result with { ActorValues = ImmutableSortedDictionary<string, ImmutableArray<double>>.Empty.Add("risk_exponent", round.RiskExponents) };
        }
        return result;
    }

    private ImmutableArray<string> Notes(ExpectedUtilityTrajectory trajectory)
    {
        var o = trajectory.Options;
        var final = trajectory.Final;
        string statistic = o.Outcome == OutcomeStatistic.Mean ? "weighted mean" : "median voter position (" + ExpectedUtilitySettings.ValueName(o.Median) + ")";
        // Say so when switches beyond rounds, Q and T were changed from the preset.
        var basis = ExpectedUtilityPresets.Find(o.Preset);
        string preset = basis is not null && basis with { Rounds = o.Rounds, Q = o.Q, T = o.T } != o ? o.Preset + " with changed switches" : o.Preset;
        return
        [
            Text($"preset {preset}, Q = {o.Q:0.###}, T = {o.T:0.###}; forecast = {statistic} after round {final.Number}"),
            Text($"after round {final.Number}: median {final.Median:0.####}, weighted mean {final.Mean:0.####}"),
        ];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
