using System.Text;
using System.Text.Json;
using Parley.Core.Formats;

namespace Parley.Models.Output;

/// <summary>
/// Writes models as <c>parley models --format json</c> shows them:
/// <c>{"models": [{"id", "name", "summary", "capabilities", "fitted_on_deu", "in_default_ensemble",
/// "combines_models", "documentation", "settings": [{"name", "kind", "default", "allowed", "help"}]}]}</c>.
/// Fields are only ever added, never renamed.
/// </summary>
public static class ModelCatalogJsonWriter
{
    public static string Write(IEnumerable<ModelDescriptor> models)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("models");
            foreach (var model in models) WriteModel(w, model);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteModel(Utf8JsonWriter w, ModelDescriptor model)
    {
        w.WriteStartObject();
        w.WriteString("id", model.Id);
        w.WriteString("name", model.Name);
        w.WriteString("summary", model.Summary);
        w.WriteStartArray("capabilities");
        foreach (var capability in model.Capabilities) w.WriteStringValue(capability);
        w.WriteEndArray();
        w.WriteBoolean("fitted_on_deu", model.FittedOnDeu);
        w.WriteBoolean("in_default_ensemble", model.InDefaultEnsemble);
        w.WriteBoolean("combines_models", model.CombinesModels);
        if (model.Documentation is { } page) w.WriteString("documentation", page);
        w.WriteStartArray("settings");
        foreach (var setting in model.Settings)
        {
            w.WriteStartObject();
            w.WriteString("name", setting.Name);
            w.WriteString("kind", setting.Kind);
            w.WriteString("default", setting.Default);
            w.WriteStartArray("allowed");
            foreach (var value in setting.AllowedValues) w.WriteStringValue(value);
            w.WriteEndArray();
            w.WriteString("help", setting.Help);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
