using Parley.Analysis.Deal;
using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Models;
using Parley.Models.Output;

namespace Parley.Application.UseCases;

/// <summary>
/// Forecast every dimension with the chosen models, and whether a deal happens at all:
/// P(status quo holds) from the win-sets under input uncertainty, drawn from <paramref name="StatusQuoSeed"/>.
/// </summary>
public sealed record ForecastRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null, ulong StatusQuoSeed = 1);

public sealed record ForecastResult(Scenario Scenario, IReadOnlyList<Forecast> Forecasts, StatusQuoOutlook Outlook)
{
    /// <summary>The contract of <c>parley forecast --format json</c> and <c>POST /api/forecast</c>.</summary>
    public string ToJson() => ForecastJsonWriter.Write(Scenario, Forecasts,
        w => StatusQuoJsonWriter.WriteBlock(w, Scenario, Outlook),
        (w, model, k) => StatusQuoJsonWriter.WriteEntry(w, Outlook, model, k));
}

public sealed class ForecastHandler
{
    public Outcome<ForecastResult> Handle(ForecastRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        var models = (request.Models ?? ModelChoice.All).Require(scenario);
        var forecasts = Run(scenario, models, cancellationToken);
        // Will there be a deal at all? Cheap (win-sets over a few thousand draws), so always computed.
        var outlook = StatusQuoPersistence.Estimate(scenario, seed: request.StatusQuoSeed, cancellationToken: cancellationToken);
        return new ForecastResult(scenario, forecasts, outlook);
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
