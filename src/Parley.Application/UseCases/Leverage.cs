using Parley.Analysis.Leverage;
using Parley.Analysis.Output;
using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.UseCases;

/// <summary>Whose shift moves the forecast most, with one model (mean unless chosen); <paramref name="Dimension"/> keeps only that dimension's rows.</summary>
public sealed record LeverageRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null, string? Dimension = null, int? Threads = null);

public sealed record LeverageReport(Scenario Scenario, IBargainingModel Model, Forecast Forecast, LeverageResult Result, IReadOnlyList<LeverageRow> Rows)
{
    /// <summary>The contract of <c>parley leverage --format json</c> and <c>POST /api/leverage</c>.</summary>
    public string ToJson() => AnalysisJsonWriter.Leverage(Scenario, Forecast, Rows, Result);
}

/// <summary>
/// A nudged variant the model refuses (e.g. a salience nudged to zero under KTAB's preset) stops
/// the analysis with a model-failed problem naming the nudge, rather than a ranking with a hole in it.
/// </summary>
public sealed class LeverageHandler
{
    public const string DefaultModel = "mean";

    public Outcome<LeverageReport> Handle(LeverageRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        if (request.Dimension is { } dim && scenario.DimensionIndex(dim) < 0)
        {
            throw ProblemsException.For(OptionKey.Dimension, Rules.UnknownDimension, $"no dimension '{dim}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})");
        }
        var model = (request.Models ?? ModelChoice.All).RequireOne(scenario, DefaultModel, "leverage");
        var forecast = model.Run(CompiledScenario.Compile(scenario), cancellationToken);
        var result = LeverageAnalysis.Run(scenario, model, new LeverageOptions(Threads: request.Threads), cancellationToken);
        var rows = request.Dimension is { } only ? result.For(only).ToList() : result.Rows.ToList();
        return new LeverageReport(scenario, model, forecast, result, rows);
    });
}
