using System.Collections.Immutable;
using Parley.Analysis.Deal;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.TrackRecord;

/// <summary>
/// Scores models on scenarios that carry observed outcomes (<c>observed</c> per dimension): each
/// model's outcome against the observed value, and its P(status quo holds) against whether the status
/// quo held. A naive reference, <c>status-quo</c> (nothing changes, P(status quo) = 1), is scored
/// beside the models so that a table always says whether a model beats doing nothing.
/// </summary>
public static class TrackRecordScorer
{
    public const string StatusQuoReferenceId = "status-quo";

    public static TrackRecordResult Score(
        IReadOnlyList<(string Name, Scenario Scenario)> scenarios,
        Func<Scenario, IReadOnlyList<IBargainingModel>> modelsFor,
        int runs = StatusQuoPersistence.DefaultRuns,
        ulong seed = 1,
        CancellationToken cancellationToken = default)
    {
        var rows = ImmutableArray.CreateBuilder<ScoredForecast>();
        var order = new List<(string Id, string Name)> { (StatusQuoReferenceId, "Status quo (nothing changes)") };
        foreach (var (name, scenario) in scenarios)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!scenario.HasObservedOutcomes) continue;
            var compiled = CompiledScenario.Compile(scenario);
            // Models are configured per scenario (each file's own parameters); ids match across files.
            var models = modelsFor(scenario);
            foreach (var model in models)
            {
                if (!order.Exists(o => o.Id == model.Id)) order.Add((model.Id, model.Name));
            }
            var outlook = StatusQuoPersistence.Estimate(scenario, runs, seed, cancellationToken: cancellationToken);
            var forecasts = models.Select(m => m.Run(compiled, cancellationToken)).ToList();
            for (int k = 0; k < scenario.Dimensions.Count; k++)
            {
                var d = scenario.Dimensions[k];
                if (d.Observed is not { } observed) continue;
                bool? held = observed.StatusQuoHeld(d.StatusQuo);
                if (d.StatusQuo is { } sq)
                {
                    rows.Add(new ScoredForecast(name, d.Id, StatusQuoReferenceId, sq, observed.Value, sq, d.Scale.Width, 1, held));
                }
                for (int m = 0; m < models.Count; m++)
                {
                    double outcome = forecasts[m].Dimensions[k].Outcome;
                    if (double.IsNaN(outcome)) continue;
                    rows.Add(new ScoredForecast(name, d.Id, models[m].Id, outcome, observed.Value, d.StatusQuo, d.Scale.Width, outlook.ForModel(models[m].Id, k), held));
                }
            }
        }
        var all = rows.ToImmutable();
        var records = ImmutableArray.CreateBuilder<ModelRecord>();
        foreach (var (id, modelName) in order)
        {
            var mine = all.Where(r => r.ModelId == id).ToList();
            if (mine.Count == 0) continue;
            var briers = mine.Where(r => r.Brier is not null).Select(r => r.Brier!.Value).ToList();
            records.Add(new ModelRecord(id, modelName, mine.Count, mine.Average(r => r.ErrorPercent), briers.Count, briers.Count > 0 ? briers.Average() : null));
        }
        return new TrackRecordResult([.. scenarios.Where(s => s.Scenario.HasObservedOutcomes).Select(s => s.Name)], records.ToImmutable(), all, runs, seed);
    }
}
