using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Models;
using Parley.Models.Output;

namespace Parley.Application.UseCases;

/// <summary>Forecast every dimension with the chosen models.</summary>
public sealed record ForecastRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null);

public sealed record ForecastResult(Scenario Scenario, IReadOnlyList<Forecast> Forecasts)
{
    /// <summary>The contract of <c>parley forecast --format json</c> and <c>POST /api/forecast</c>.</summary>
    public string ToJson() => ForecastJsonWriter.Write(Scenario, Forecasts);
}

public sealed class ForecastHandler
{
    public Outcome<ForecastResult> Handle(ForecastRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        var models = (request.Models ?? ModelChoice.All).Require(scenario);
        return new ForecastResult(scenario, Run(scenario, models, cancellationToken));
    });

    /// <summary>Every model's forecast of one scenario, compiled once.</summary>
    internal static IReadOnlyList<Forecast> Run(Scenario scenario, IReadOnlyList<IBargainingModel> models, CancellationToken cancellationToken)
    {
        var compiled = CompiledScenario.Compile(scenario);
        var forecasts = new List<Forecast>(models.Count);
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            forecasts.Add(model.Run(compiled, cancellationToken));
        }
        return forecasts;
    }
}
