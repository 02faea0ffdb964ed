using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Cli.Infrastructure;

/// <summary>Reads the scenario file named on the command line, or stops the command with its problems.</summary>
public static class ScenarioLoader
{
    public static Scenario Load(string path, ScenarioFormat? format = null)
    {
        var result = ScenarioReader.ReadFile(path, format);
        if (!result.Success) throw new InputException(result.Problems);
        return result.Value;
    }

    public static ScenarioFormat? ParseFormat(string? name) => name?.ToLowerInvariant() switch
    {
        null => null,
        "yaml" or "yml" => ScenarioFormat.Yaml,
        "json" => ScenarioFormat.Json,
        "csv" => ScenarioFormat.Csv,
        "bdm" or "bdm-csv" => ScenarioFormat.BdmCsv,
        "ktab" or "ktab-csv" => ScenarioFormat.KtabCsv,
        "ktab-xml" or "xml" => ScenarioFormat.KtabXml,
        _ => throw new InputException(Parley.Core.Validation.Rules.InvalidValue, $"unknown input format '{name}'; use yaml, json, csv, bdm-csv, ktab-csv or ktab-xml", "--input-format"),
    };
}
