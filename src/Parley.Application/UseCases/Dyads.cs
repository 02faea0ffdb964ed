using System.Text;
using System.Text.Json;
using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.ExpectedUtility;
using Parley.Models.Output;

namespace Parley.Application.UseCases;

/// <summary>How each pair of actors reads its relationship at the start of <paramref name="Round"/> (1 = the input positions).</summary>
public sealed record DyadsRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null, ModelChoice? Models = null, string? Dimension = null, int Round = 1);

public sealed record DyadsResult(Scenario Scenario, IPerceivingModel Model, IReadOnlyList<(Dimension Dimension, PerceptionMatrix Matrix)> Matrices)
{
    /// <summary>The contract of <c>parley dyads --format json</c> and <c>POST /api/dyads</c>.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            ForecastJsonWriter.WriteScenarioSummary(w, Scenario);
            w.WriteString("model", Model.Id);
            w.WriteString("preset", Model.Preset);
            w.WriteStartArray("perceptions");
            foreach (var (dimension, matrix) in Matrices)
            {
                w.WriteStartObject();
                w.WriteString("dimension", dimension.Id);
                w.WriteNumber("round", matrix.Round);
                w.WriteNumber("median", matrix.Median);
                w.WriteStartArray("actors");
                for (int i = 0; i < matrix.Count; i++)
                {
                    w.WriteStartObject();
                    w.WriteString("id", Scenario.Actors[i].Id);
                    w.WriteNumber("position", matrix.Positions[i]);
                    if (double.IsFinite(matrix.RiskExponents[i])) w.WriteNumber("risk_exponent", matrix.RiskExponents[i]);
                    else w.WriteNull("risk_exponent");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("dyads");
                for (int i = 0; i < matrix.Count; i++)
                {
                    for (int j = 0; j < matrix.Count; j++)
                    {
                        if (i == j) continue;
                        var p = matrix[i, j];
                        w.WriteStartObject();
                        w.WriteString("actor", Scenario.Actors[i].Id);
                        w.WriteString("other", Scenario.Actors[j].Id);
                        w.WriteString("relationship", ExpectedUtilitySettings.ValueName(p.Relationship));
                        w.WriteString("prevails", ExpectedUtilitySettings.ValueName(p.Prevails));
                        w.WriteString("reading", p.Describe());
                        w.WriteNumber("own_gain", p.OwnGain);
                        w.WriteNumber("other_gain", p.OtherGain);
                        w.WriteBoolean("agrees", matrix.Agree(i, j));
                        w.WriteEndObject();
                    }
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}

public sealed class DyadsHandler
{
    public Outcome<DyadsResult> Handle(DyadsRequest request, CancellationToken cancellationToken = default) => FailureMapper.Run(() =>
    {
        if (request.Round < 1) throw ProblemsException.For(OptionKey.Round, Rules.InvalidValue, $"{OptionKey.Round.Token()} counts from 1 (the input positions), found {request.Round}");
        var scenario = ScenarioLoading.Require(request.Source, request.WhatIf ?? WhatIfEdits.None).Scenario;
        var choice = request.Models ?? ModelChoice.All;
        var models = choice.Require(scenario, ModelCapabilities.DefaultPerceptionModel);
        if (models.Count != 1 || ModelCapabilities.Perceptions(models[0]) is not { } model)
        {
            throw ProblemsException.For(OptionKey.Model, Rules.InvalidValue, $"'{choice.Model}' has no perception matrix; use {OptionKey.Model.Token()} {ModelCapabilities.DefaultPerceptionModel}");
        }
        var dimensions = Dimensions(scenario, request.Dimension);
        var compiled = CompiledScenario.Compile(scenario);
        var matrices = new List<(Dimension Dimension, PerceptionMatrix Matrix)>();
        foreach (int k in dimensions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            matrices.Add((scenario.Dimensions[k], model.Perceive(compiled, k, request.Round)));
        }
        return new DyadsResult(scenario, model, matrices);
    });

    private static List<int> Dimensions(Scenario scenario, string? id)
    {
        if (id is null) return Enumerable.Range(0, scenario.Dimensions.Count).ToList();
        int k = scenario.DimensionIndex(id);
        if (k < 0)
        {
            throw ProblemsException.For(OptionKey.Dimension, Rules.UnknownDimension, $"no dimension '{id}'; the scenario has {string.Join(", ", scenario.Dimensions.Select(d => d.Id))}");
        }
        return [k];
    }
}
