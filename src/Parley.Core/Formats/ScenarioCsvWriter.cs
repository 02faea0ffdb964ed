using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Parley.Core.Formats;

/// <summary>
/// Writes Parley's flat CSV (one row per stance, actor and dimension attributes on every row).
/// The CSV cannot hold the title, question, source citations, anchors or model parameters; use
/// YAML or JSON to keep those.
/// </summary>
public static class ScenarioCsvWriter
{
    public static string Write(Scenario scenario)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        string[] columns = [.. ScenarioCsvReader.RequiredColumns, .. ScenarioCsvReader.OptionalColumns];
        foreach (var column in columns) csv.WriteField(column);
        csv.NextRecord();
        double scale = scenario.SalienceScale == SalienceScale.Percent ? 1 : 100;
        foreach (var s in scenario.Stances)
        {
            var a = scenario.Actors[scenario.ActorIndex(s.ActorId)];
            var d = scenario.Dimensions[scenario.DimensionIndex(s.DimensionId)];
            var cells = new Dictionary<string, string?>
            {
                ["actor"] = a.Id, ["capability"] = N(a.Capability), ["dimension"] = d.Id,
                ["position"] = N(s.Position), ["salience"] = N(s.Salience * scale),
                ["actor_name"] = a.Name, ["capability_low"] = N(a.CapabilityRange?.Low), ["capability_high"] = N(a.CapabilityRange?.High),
                ["cameo"] = a.CameoCode, ["group"] = a.Group, ["dimension_label"] = d.Label,
                ["scale_min"] = N(d.Scale.Min), ["scale_max"] = N(d.Scale.Max), ["status_quo"] = N(d.StatusQuo),
                ["position_low"] = N(s.PositionRange?.Low), ["position_high"] = N(s.PositionRange?.High),
                ["salience_low"] = N(s.SalienceRange?.Low * scale), ["salience_high"] = N(s.SalienceRange?.High * scale),
                ["sources"] = s.SourceIds is { } ids ? string.Join(';', ids) : null, ["rationale"] = s.Rationale,
            };
            foreach (var column in columns) csv.WriteField(cells[column] ?? "");
            csv.NextRecord();
        }
        csv.Flush();
        return text.ToString();
    }

    private static string? N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
