using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Analysis.Runs;

/// <summary>
/// Turns a model choice (<c>mean</c>, <c>mean,nbs</c>, <c>all</c>) and NAME=VALUE settings into
/// configured models, the same way for the command line and the web API. Settings come from the
/// scenario file's <c>parameters</c>, overridden by the caller's; with several models a caller's
/// setting goes only to the models that accept it.
/// </summary>
public static class ModelSelector
{
    /// <summary>Problems name the options by <see cref="OptionKey"/> tokens (model, param), which each face spells.</summary>
    /// <param name="catalog">The models to choose from; default: the built-in catalog.</param>
    public static ParseResult<IReadOnlyList<IBargainingModel>> Resolve(string? modelOption, IReadOnlyDictionary<string, string> settings, Scenario scenario, ModelCatalog? catalog = null)
    {
        catalog ??= ModelCatalog.Builtin;
        var entries = Entries(modelOption, catalog);
        if (!entries.Success) return ParseResult<IReadOnlyList<IBargainingModel>>.ForProblems(entries.Problems);
        var problems = new List<Problem>();
        var models = new List<IBargainingModel>();
        foreach (var entry in entries.Value)
        {
            var merged = new Dictionary<string, string>(scenario.ModelParameters.For(entry.Id), StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in settings)
            {
                if (entries.Value.Count == 1 || entry.Parameters.Contains(key, StringComparer.OrdinalIgnoreCase)) merged[key] = value;
            }
            var result = entry.Create(merged, catalog);
            if (result.Success) models.Add(result.Value);
            else problems.AddRange(result.Problems);
        }
        if (entries.Value.Count > 1)
        {
            foreach (var key in settings.Keys)
            {
                if (!entries.Value.Any(e => e.Parameters.Contains(key, StringComparer.OrdinalIgnoreCase)))
                {
                    problems.Add(new Problem(Rules.InvalidValue, $"no selected model accepts the setting '{key}'", Field: OptionKey.Param.Token()));
                }
            }
        }
        return problems.Count > 0
            ? ParseResult<IReadOnlyList<IBargainingModel>>.ForProblems(problems)
            : ParseResult<IReadOnlyList<IBargainingModel>>.ForValue(models);
    }

    /// <summary>The catalog entries a model option names; <c>all</c> (or nothing) means every standalone model.</summary>
    public static ParseResult<IReadOnlyList<ModelDescriptor>> Entries(string? modelOption, ModelCatalog? catalog = null)
    {
        catalog ??= ModelCatalog.Builtin;
        string option = string.IsNullOrWhiteSpace(modelOption) ? "all" : modelOption;
        if (option.Equals("all", StringComparison.OrdinalIgnoreCase)) return ParseResult<IReadOnlyList<ModelDescriptor>>.ForValue(catalog.Runnable);
        var entries = new List<ModelDescriptor>();
        var problems = new List<Problem>();
        foreach (var id in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var entry = catalog.Lookup(id);
            if (entry is null)
            {
                problems.Add(new Problem(Rules.InvalidValue, $"unknown model '{id}'; choose from {string.Join(", ", catalog.ModelIds)} or all", Field: OptionKey.Model.Token()));
                continue;
            }
            if (!entries.Contains(entry)) entries.Add(entry);
        }
        return problems.Count > 0
            ? ParseResult<IReadOnlyList<ModelDescriptor>>.ForProblems(problems)
            : ParseResult<IReadOnlyList<ModelDescriptor>>.ForValue(entries);
    }

    /// <summary>Parses NAME=VALUE settings (later ones win).</summary>
    public static ParseResult<IReadOnlyDictionary<string, string>> ParseSettings(IEnumerable<string> options)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<Problem>();
        foreach (var option in options)
        {
            int eq = option.IndexOf('=');
            if (eq <= 0 || eq == option.Length - 1)
            {
                problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Param.Token()} expects NAME=VALUE, found '{option}'", Field: OptionKey.Param.Token()));
                continue;
            }
            result[option[..eq].Trim()] = option[(eq + 1)..].Trim();
        }
        return problems.Count > 0
            ? ParseResult<IReadOnlyDictionary<string, string>>.ForProblems(problems)
            : ParseResult<IReadOnlyDictionary<string, string>>.ForValue(result);
    }
}
