using Parley.Analysis.Runs;
using Parley.Application.Problems;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.Models;

/// <summary>
/// The models a user chose (<c>mean</c>, <c>mean,nbs</c>, <c>all</c> or nothing) and their
/// NAME=VALUE settings; settings come from the scenario file's <c>parameters</c>, overridden by these.
/// </summary>
public sealed record ModelChoice(string? Model = null, IReadOnlyList<string>? Settings = null)
{
    public static readonly ModelChoice All = new();

    /// <summary>The configured models; <paramref name="fallback"/> when the user chose none.</summary>
    public ParseResult<IReadOnlyList<IBargainingModel>> Resolve(Scenario scenario, string? fallback = null)
    {
        var settings = ModelSelector.ParseSettings(Settings ?? []);
        if (!settings.Success) return ParseResult<IReadOnlyList<IBargainingModel>>.ForProblems(settings.Problems);
        return ModelSelector.Resolve(Model ?? fallback, settings.Value, scenario);
    }

    internal IReadOnlyList<IBargainingModel> Require(Scenario scenario, string? fallback = null) => ProblemsException.Require(Resolve(scenario, fallback));

    /// <summary>Exactly one model, or a problem saying what the use case needs.</summary>
    internal IBargainingModel RequireOne(Scenario scenario, string fallback, string useCase)
    {
        var models = Require(scenario, fallback);
        if (models.Count != 1) throw ProblemsException.For(OptionKey.Model, Rules.InvalidValue, $"{useCase} takes one model ({OptionKey.Model.Token()} mean, median, nbs, …)");
        return models[0];
    }
}
