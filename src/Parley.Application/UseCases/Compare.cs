using Parley.Analysis.Output;
using Parley.Analysis.WhatIf;
using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.UseCases;

/// <summary>The forecast as written beside the forecast with the what-if edits (at least one is required).</summary>
public sealed record CompareRequest(ScenarioSource Source, WhatIfEdits WhatIf, ModelChoice? Models = null);

public sealed record CompareResult(Scenario Baseline, Scenario Edited, IReadOnlyList<ScenarioEdit> Edits, IReadOnlyList<IBargainingModel> Models, IReadOnlyList<Forecast> Before, IReadOnlyList<Forecast> After)
{
    /// <summary>The contract of <c>parley compare --format json</c> and <c>POST /api/compare</c>.</summary>
    public string ToJson() => AnalysisJsonWriter.Comparison(Baseline, Edited, Edits, Before, After);
}

public sealed class CompareHandler
{
    public Outcome<CompareResult> Handle(CompareRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        if (!request.WhatIf.Any)
        {
            throw ProblemsException.For(OptionKey.Set, Rules.MissingField,
                $"compare needs at least one what-if: {OptionKey.Set.Token()} ACTOR.DIMENSION.position=V, {OptionKey.Set.Token()} ACTOR.capability=V, {OptionKey.Drop.Token()} ACTOR or {OptionKey.Add.Token()} YAML");
        }
        var loaded = ScenarioLoading.Require(request.Source, request.WhatIf);
        var models = (request.Models ?? ModelChoice.All).Require(loaded.Baseline);
        var before = ForecastHandler.Run(loaded.Baseline, models, cancellationToken);
        var after = ForecastHandler.Run(loaded.Scenario, models, cancellationToken);
        return new CompareResult(loaded.Baseline, loaded.Scenario, loaded.Edits, models, before, after);
    });
}
