using System.Text;
using Parley.Tests.Shared;

namespace Parley.Models.Tests.Catalog;

/// <summary>
/// The settings tables in docs/models/ are generated from the descriptors, between
/// <c>&lt;!-- settings:MODEL --&gt;</c> and <c>&lt;!-- /settings:MODEL --&gt;</c>. This test fails when a
/// table differs from what the model declares; run it with <c>PARLEY_UPDATE_DOCS=1</c> to rewrite the
/// tables, then review the diff.
/// </summary>
public class SettingsDocsTests
{
    public static TheoryData<string> Documented() => [.. ModelCatalog.All.Where(m => m.Settings.Count > 0).Select(m => m.Id)];

    [Theory]
    [MemberData(nameof(Documented))]
    public void The_docs_settings_table_is_the_generated_one(string id)
    {
        var model = ModelCatalog.Find(id)!;
        Assert.NotNull(model.Documentation);
        string path = Fixtures.Repo(model.Documentation.Split('/'));
        string text = File.ReadAllText(path);
        string begin = $"<!-- settings:{id} -->", end = $"<!-- /settings:{id} -->";
        int from = text.IndexOf(begin, StringComparison.Ordinal), to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{model.Documentation} has no '{begin}' … '{end}' block");
        string expected = begin + "\n" + Table(model) + end;
        string actual = text[from..(to + end.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable("PARLEY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..from] + expected + text[(to + end.Length)..]);
            return;
        }
        Assert.True(actual == expected, $"{model.Documentation}: the settings table differs from the descriptor's; expected\n{expected}");
    }

    /// <summary>The Markdown table of a model's settings, as docs/models/ carries it.</summary>
    public static string Table(ModelDescriptor model)
    {
        var md = new StringBuilder();
        md.Append("| setting | default | values | what it sets |\n|---|---|---|---|\n");
        foreach (var s in model.Settings)
        {
            string values = s.AllowedValues.Count > 0 ? string.Join(" · ", s.AllowedValues.Select(v => $"`{v}`")) : s.Kind;
            md.Append($"| `{s.Name}` | `{s.Default}` | {Cell(values)} | {Cell(s.Help)} |\n");
        }
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
