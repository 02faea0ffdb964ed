using Parley.Analysis.Leverage;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Reports.Dyads;

namespace Parley.Reports.Charts;

/// <summary>
/// What to draw: the chart, the dimension (default: the first) and, for distributions, the simulation;
/// for Sobol' indices the sensitivity settings (default: 1,024 samples with the simulation's seed and
/// distribution).
/// </summary>
public sealed record ChartRequest(ChartKind Kind, string? DimensionId = null, MonteCarloOptions? Simulation = null, int? Width = null, SensitivityOptions? Sensitivity = null);

/// <summary>
/// Runs what a chart needs (forecasts, a simulation, the leverage nudges) and draws it, or says
/// why it cannot be drawn. Shared by <c>parley plot</c> and the web API so both refuse the same
/// requests with the same words.
/// </summary>
public static class ChartBuilder
{
    /// <param name="field">How the caller spells the dimension option in messages.</param>
    public static ParseResult<Chart> Build(Scenario scenario, IReadOnlyList<IBargainingModel> models, ChartRequest request, string field = "--dimension", CancellationToken cancellationToken = default)
    {
        string dimensionId = request.DimensionId ?? scenario.Dimensions[0].Id;
        if (scenario.DimensionIndex(dimensionId) < 0)
        {
            return Fail(Rules.UnknownDimension, $"no dimension '{dimensionId}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})", field);
        }
        if (request.Kind.TakesOneModel() && models.Count != 1)
        {
            return Fail(Rules.InvalidValue, $"the {request.Kind.Id()} chart is about one model; choose one (mean, median, nbs, …)", "model");
        }
        int width = Math.Clamp(request.Width ?? 900, 300, 4000);
        var compiled = CompiledScenario.Compile(scenario);
        int k = scenario.DimensionIndex(dimensionId);
        var dimension = scenario.Dimensions[k];
        switch (request.Kind)
        {
            case ChartKind.Map:
            {
                var forecasts = models.Select(m => m.Run(compiled, cancellationToken)).ToList();
                return ParseResult<Chart>.ForValue(PositionMapChart.Build(scenario, dimensionId, forecasts, width));
            }
            case ChartKind.Trajectory:
            {
                var model = models[0];
                if (!model.IsDynamic) return Fail(Rules.InvalidValue, $"model '{model.Id}' is static: it reaches its forecast in one step and has no rounds to draw; the trajectory chart needs a dynamic model (eu, smp)", "model");
                var forecast = model.Run(compiled, cancellationToken);
                if (!TrajectoryChart.CanDraw(forecast, dimensionId)) return Fail(Rules.InvalidValue, $"model '{model.Id}' reported no rounds for '{dimensionId}'", "model");
                return ParseResult<Chart>.ForValue(TrajectoryChart.Build(scenario, forecast, dimensionId, width));
            }
            case ChartKind.Distribution:
            {
                var model = models[0];
                var options = request.Simulation ?? new MonteCarloOptions();
                var forecast = model.Run(compiled, cancellationToken);
                var result = MonteCarloSimulation.Run(scenario, [model], options, cancellationToken: cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                return ParseResult<Chart>.ForValue(DistributionChart.Build(dimension, model.Name, DistributionChart.Column(result, 0, k), result[0, k], forecast.Dimensions[k].Outcome, width));
            }
            case ChartKind.Leverage:
            {
                var result = LeverageAnalysis.Run(scenario, models[0], cancellationToken: cancellationToken);
                return ParseResult<Chart>.ForValue(LeverageChart.Build(scenario, result, dimensionId, width: width));
            }
            case ChartKind.Sensitivity:
            {
                var simulation = request.Simulation ?? new MonteCarloOptions();
                var options = request.Sensitivity ?? new SensitivityOptions(Seed: simulation.Seed, Distribution: simulation.Distribution, Threads: simulation.Threads);
                if (UncertainInputs.From(compiled).Count == 0)
                {
                    return Fail(Rules.InvalidValue, "the scenario has no uncertain input: give some position, salience or capability a range (position_range, salience_range or capability_range)", "ranges");
                }
                var result = SensitivityAnalysis.Run(scenario, [models[0]], options, cancellationToken: cancellationToken);
                if (!result[0, k].HasVariance)
                {
                    return Fail(Rules.InvalidValue, $"the {models[0].Id} forecast on {dimensionId} is the same in every run: there is no variance to apportion", "model");
                }
                return ParseResult<Chart>.ForValue(SensitivityChart.Build(scenario, result, 0, dimensionId, width: width));
            }
            default:
            {
                var model = models[0];
                var matrix = PerceptionAdapter.FromModel(model, compiled, dimensionId);
                if (matrix is null) return Fail(Rules.InvalidValue, PerceptionAdapter.Unavailable(model.Id), "model");
                return ParseResult<Chart>.ForValue(PerceptionGridChart.Build(matrix, $"{dimension.Label}: how each actor sees each other ({model.Id})", width));
            }
        }
    }

    private static ParseResult<Chart> Fail(string rule, string message, string field) =>
        ParseResult<Chart>.ForProblem(new Problem(rule, message, Field: field));
}
