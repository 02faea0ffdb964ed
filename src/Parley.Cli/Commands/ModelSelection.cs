using Parley.Analysis.Runs;
using Parley.Cli.Infrastructure;
using Parley.Core;
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
        var settings = ModelSelector.ParseSettings(parameterOptions);
        if (!settings.Success) throw new InputException(settings.Problems);
        var models = ModelSelector.Resolve(modelOption, settings.Value, scenario);
        return models.Success ? models.Value : throw new InputException(models.Problems);
    }

    /// <summary>NAME=VALUE strings as settings, or stop the command with the problems.</summary>
    public static IReadOnlyDictionary<string, string> ParseParameters(IEnumerable<string> options)
    {
        var settings = ModelSelector.ParseSettings(options);
        return settings.Success ? settings.Value : throw new InputException(settings.Problems);
    }

    public static IReadOnlyList<ModelDescriptor> Entries(string? modelOption)
    {
        var entries = ModelSelector.Entries(modelOption);
        return entries.Success ? entries.Value : throw new InputException(entries.Problems);
    }
}
