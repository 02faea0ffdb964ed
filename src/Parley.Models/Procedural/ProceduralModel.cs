using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Parley.Core;

namespace Parley.Models.Procedural;

/// <summary>
/// The procedural (agenda-setter) model of the spatial-voting literature, issue by issue: the
/// outcome is the status quo unless a winning coalition prefers something else; if it does, the
/// agenda setter proposes its best point in the win-set and the others accept (Romer and Rosenthal
/// 1978; for EU legislation Steunenberg 1994, Crombez 1996, Tsebelis and Garrett 2000). Without an
/// agenda setter, each player is recognised to propose with probability proportional to capability ×
/// salience and proposes its own best point in the win-set (a one-shot Baron–Ferejohn closed rule);
/// the forecast is the expected outcome. Empty win-set ⇒ status quo. Without a status quo or when
/// the rule says the status quo is no fallback, the same choice is made within the core.
/// Details and literature: docs/models/procedural-model.md.
/// </summary>
public sealed class ProceduralModel : IBargainingModel, IDimensionwisePredictor
{
    public const string ModelId = "procedural";

    /// <summary>Compiled rules per scenario, so that Monte Carlo runs on clones reuse them.</summary>
    private readonly ConditionalWeakTable<Scenario, CoalitionRule[]> rules = new();

    public string Id => ModelId;

    public string Name => "Procedural model (agenda setter, win-set)";

    public bool IsDynamic => false;

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var compiled = Rules(scenario);
        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(scenario.DimensionCount);
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            var winSet = WinSetAnalysis.Analyse(scenario, k, compiled[k]);
            double outcome = Solve(scenario, k, compiled[k]);
            var notes = new List<string> { $"rule: {winSet.Rule}", $"win-set: {winSet.Describe()}" };
            var setter = compiled[k].Rule.AgendaSetterId;
            if (winSet.IsEmpty) notes.Add("empty win-set: the status quo holds");
            else if (setter is not null) notes.Add($"agenda setter {setter} proposes its best point in the {(UsesCore(scenario, k, compiled[k]) ? "core" : "win-set")}");
            else notes.Add("no agenda setter: expected outcome when each player proposes with probability ∝ capability × salience");
            dimensions.Add(new DimensionForecast(scenario.Source.Dimensions[k].Id, outcome, ImmutableArray<Round>.Empty, null, [.. notes]));
        }
        return new Forecast(Id, Name, dimensions.MoveToImmutable());
    }

    public void Predict(CompiledScenario scenario, Span<double> outcomes)
    {
        var compiled = Rules(scenario);
        for (int k = 0; k < scenario.DimensionCount; k++) outcomes[k] = Solve(scenario, k, compiled[k]);
    }

    public double PredictDimension(CompiledScenario scenario, int dimension) => Solve(scenario, dimension, Rules(scenario)[dimension]);

    /// <summary>The outcome on one dimension under <paramref name="rule"/>.</summary>
    public static double Solve(CompiledScenario scenario, int dimension, CoalitionRule rule)
    {
        var positions = scenario.Positions(dimension);
        var saliences = scenario.Saliences(dimension);
        double q = scenario.StatusQuo[dimension], min = scenario.ScaleMin[dimension], max = scenario.ScaleMax[dimension];
        Interval? feasible;
        if (UsesCore(scenario, dimension, rule))
        {
            // No reversion point: a decision must be taken, and only core points survive.
            feasible = WinSetAnalysis.Core(rule, positions, saliences, min, max) ?? new Interval(min, max);
        }
        else
        {
            feasible = WinSetAnalysis.Range(rule, positions, saliences, q, min, max);
            if (feasible is null) return q;
        }
        var range = feasible.Value;
        if (rule.Rule.AgendaSetterId is { } setterId)
        {
            int setter = scenario.Source.ActorIndex(setterId);
            return Math.Clamp(positions[setter], range.Low, range.High);
        }
        double total = 0, sum = 0;
        foreach (int i in rule.Players)
        {
            double w = scenario.Capability[i] * saliences[i];
            if (!(w > 0)) continue;
            total += w;
            sum += w * Math.Clamp(positions[i], range.Low, range.High);
        }
        if (!(total > 0))
        {
            foreach (int i in rule.Players)
            {
                total += 1;
                sum += Math.Clamp(positions[i], range.Low, range.High);
            }
        }
        return total > 0 ? sum / total : (double.IsNaN(q) ? (range.Low + range.High) / 2 : q);
    }

    private static bool UsesCore(CompiledScenario scenario, int dimension, CoalitionRule rule) =>
        !rule.Rule.StatusQuoIsFallback || double.IsNaN(scenario.StatusQuo[dimension]);

    private CoalitionRule[] Rules(CompiledScenario scenario) =>
        rules.GetValue(scenario.Source, source => [.. Enumerable.Range(0, source.Dimensions.Count).Select(k => CoalitionRule.For(source, k))]);
}
