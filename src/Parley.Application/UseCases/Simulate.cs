using Parley.Analysis.Output;
using Parley.Analysis.Runs;
using Parley.Analysis.Uncertainty;
using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.UseCases;

/// <summary>Monte Carlo over the scenario's uncertainty ranges; <paramref name="MaxRuns"/> is the face's ceiling (a server's is lower).</summary>
public sealed record SimulateRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null, SimulationRequest? Simulation = null, int MaxRuns = SimulationRequest.MaxRuns);

/// <summary>The point forecasts and the distributions; <see cref="Complete"/> is false when cancellation stopped the runs early.</summary>
public sealed record SimulateResult(Scenario Scenario, IReadOnlyList<IBargainingModel> Models, IReadOnlyList<Forecast> Forecasts, MonteCarloResult Distribution)
{
    public bool Complete => Distribution.Complete;

    /// <summary>The contract of <c>parley simulate --format json</c> and <c>POST /api/simulate</c>.</summary>
    public string ToJson() => AnalysisJsonWriter.Simulation(Scenario, Models, Forecasts, Distribution);
}

public sealed class SimulateHandler
{
    /// <param name="progress">Runs finished so far, for a progress bar.</param>
    public Outcome<SimulateResult> Handle(SimulateRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        var models = (request.Models ?? ModelChoice.All).Resolve(scenario);
        var options = (request.Simulation ?? new SimulationRequest()).ToOptions(scenario, request.MaxRuns);
        if (!models.Success || !options.Success) throw new ProblemsException([.. options.Problems, .. models.Problems]);
        var forecasts = ForecastHandler.Run(scenario, models.Value, cancellationToken);
        var result = MonteCarloSimulation.Run(scenario, models.Value, options.Value, progress, cancellationToken);
        return new SimulateResult(scenario, models.Value, forecasts, result);
    });
}
