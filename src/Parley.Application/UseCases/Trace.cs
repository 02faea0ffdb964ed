using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models.Output;
using Parley.Models.Spatial;

namespace Parley.Application.UseCases;

/// <summary>A dynamic model's run round by round; <paramref name="Actor"/> keeps only that actor's rows in tables and CSV.</summary>
public sealed record TraceRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null, string? Actor = null);

/// <summary>The participants (actors without weight sit out under the parley preset), the run and the index of the one actor asked about.</summary>
public sealed record TraceResult(CompiledScenario Participants, SpatialRun Run, int? Actor)
{
    /// <summary>The contract of <c>parley trace --format json</c> and <c>POST /api/trace</c>.</summary>
    public string ToJson() => SpatialTraceJsonWriter.Write(Participants, Run);
}

public sealed class TraceHandler
{
    public Outcome<TraceResult> Handle(TraceRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        var choice = request.Models ?? ModelChoice.All;
        string modelId = choice.Model ?? ModelCapabilities.DefaultTraceModel;
        if (!ModelCapabilities.HasTrace(modelId))
        {
            throw ProblemsException.For(OptionKey.Model, Rules.InvalidValue, $"only the Spatial Model of Politics ({ModelCapabilities.DefaultTraceModel}) has a trace so far, not '{modelId}'");
        }
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        var model = ModelCapabilities.Trace(choice.RequireOne(scenario, modelId, "trace"))!;
        var compiled = model.Participants(CompiledScenario.Compile(scenario));
        int? only = null;
        if (request.Actor is { } actorId)
        {
            int index = compiled.Source.ActorIndex(actorId);
            if (index < 0)
            {
                string why = scenario.ActorIndex(actorId) >= 0
                    ? $"'{actorId}' has no capability or no salience and sits out of the model"
                    : $"no actor '{actorId}' in the scenario ({string.Join(", ", scenario.Actors.Take(8).Select(a => a.Id))}{(scenario.Actors.Count > 8 ? ", …" : "")})";
                throw ProblemsException.For(OptionKey.Actor, Rules.UnknownActor, why);
            }
            only = index;
        }
        return new TraceResult(compiled, model.Simulate(compiled, cancellationToken), only);
    });
}
