using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Cli.Commands;

/// <summary>
/// Turns <c>--model</c> and <c>--param</c> into configured models. Settings come from the
/// scenario file's <c>parameters</c> section, overridden by the command line; with several models,
/// a command-line setting goes only to the models that accept it.
/// </summary>
public static class ModelSelection
{
    public static IReadOnlyList<IBargainingModel> Resolve(string? modelOption, IEnumerable<string> parameterOptions, Scenario scenario)
    {
        var entries = Entries(modelOption);
        var cli = ParseParameters(parameterOptions);
        var problems = new List<Problem>();
        var models = new List<IBargainingModel>();
        foreach (var entry in entries)
        {
            var settings = new Dictionary<string, string>(scenario.ModelParameters.For(entry.Id), StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in cli)
            {
                if (entries.Count == 1 || entry.Parameters.Contains(key, StringComparer.OrdinalIgnoreCase)) settings[key] = value;
            }
            var result = entry.Create(settings);
            if (result.Success) models.Add(result.Value);
            else problems.AddRange(result.Problems);
        }
        if (entries.Count > 1)
        {
            foreach (var key in cli.Keys)
            {
                if (!entries.Any(e => e.Parameters.Contains(key, StringComparer.OrdinalIgnoreCase)))
                {
                    problems.Add(new Problem(Rules.InvalidValue, $"no selected model accepts the setting '{key}'", Field: "--param"));
                }
            }
        }
        if (problems.Count > 0) throw new InputException(problems);
        return models;
    }

    public static IReadOnlyList<ModelCatalog.Entry> Entries(string? modelOption)
    {
        string option = string.IsNullOrWhiteSpace(modelOption) ? "all" : modelOption;
        if (option.Equals("all", StringComparison.OrdinalIgnoreCase)) return ModelCatalog.Standalone;
        var entries = new List<ModelCatalog.Entry>();
        foreach (var id in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var entry = ModelCatalog.Find(id)
                ?? throw new InputException(Rules.InvalidValue, $"unknown model '{id}'; choose from {string.Join(", ", ModelCatalog.Ids)} or all", "--model");
            if (!entries.Contains(entry)) entries.Add(entry);
        }
        return entries;
    }

    public static Dictionary<string, string> ParseParameters(IEnumerable<string> options)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options)
        {
            int eq = option.IndexOf('=');
            if (eq <= 0 || eq == option.Length - 1)
            {
                throw new InputException(Rules.InvalidValue, $"--param expects NAME=VALUE, found '{option}'", "--param");
            }
            result[option[..eq].Trim()] = option[(eq + 1)..].Trim();
        }
        return result;
    }
}
