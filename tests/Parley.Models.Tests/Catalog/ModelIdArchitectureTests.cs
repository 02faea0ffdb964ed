using System.Text.RegularExpressions;
using Parley.Tests.Shared;

namespace Parley.Models.Tests.Catalog;

/// <summary>
/// Outside src/Parley.Models no code decides anything by comparing a model id string or by testing
/// for a concrete model class: it asks the model's descriptor (flags, phrases, colour) or a
/// capability interface (<see cref="IPerceivingModel"/>, <see cref="ITracingModel"/>). A source scan,
/// so that a new model cannot be forgotten in a switch somewhere.
/// </summary>
public partial class ModelIdArchitectureTests
{
    private const string Id = "\"(?:mean|median|nbs|eu|smp|fitted|ensemble)\"";

    /// <summary>Comparisons and switches on a literal model id; asking the catalog for a model by id is allowed.</summary>
    private static readonly Regex[] IdComparisons =
    [
        new($@"\bcase\s+{Id}"),                                   // switch statement
        new($@"{Id}\s*(=>|\bor\b|\band\b)"),                      // switch expression arm, pattern combinator
        new($@"\b(is|or|and)\s+(not\s+)?{Id}"),                   // is-pattern
        new($@"[=!]=\s*{Id}|{Id}\s*[=!]="),                       // == and !=
        new($@"(?<!ModelCatalog)\.(Equals|Contains|StartsWith|EndsWith|ContainsKey|TryGetValue|Find|IndexOf|Remove)\(\s*{Id}"),
        new($@"Equals\([^()]*,\s*{Id}"),
        new($@"\[\s*{Id}\s*\]"),                                  // dictionary lookup by id
        new($@"{Id}\s*,\s*{Id}"),                                 // a hand-kept list of ids
    ];

    private static readonly Regex ConcreteModelTest = new(@"\bis\s+(not\s+)?(ExpectedUtilityModel|SpatialModel|EnsembleModel|FittedCompromiseModel|CompromiseModel|WeightedMedianModel|NashBargainingModel)\b");

    [Fact]
    public void No_model_id_is_compared_outside_the_models_project()
    {
        var offenders = Scan(line => IdComparisons.Any(r => r.IsMatch(line)));
        Assert.True(offenders.Count == 0, "model ids compared outside src/Parley.Models (use the descriptor or a capability interface):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_code_outside_the_models_project_tests_for_a_concrete_model()
    {
        var offenders = Scan(ConcreteModelTest.IsMatch);
        Assert.True(offenders.Count == 0, "type tests on concrete models outside src/Parley.Models (use a capability interface):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_finds_what_it_looks_for()
    {
        // Guards against a scan that can never fail.
        string[] bad = ["if (id == \"eu\")", "case \"smp\":", "\"mean\" => 1,", "x is \"fitted\"", "TrainedOnDeu = [\"fitted\", \"ensemble\"]", "f[\"mean\"]", "r.Find(\"mean\", \"gdp\")", "if (m is ExpectedUtilityModel eu)"];
        string[] fine = ["ModelCatalog.Default(\"mean\")", "ModelCatalog.Find(\"ensemble\")", "w.WriteNumber(\"median\", x)", "settings.Model ?? \"eu\""];
        foreach (var line in bad) Assert.True(IdComparisons.Any(r => r.IsMatch(line)) || ConcreteModelTest.IsMatch(line), line);
        foreach (var line in fine) Assert.False(IdComparisons.Any(r => r.IsMatch(line)) || ConcreteModelTest.IsMatch(line), line);
        Assert.NotEmpty(SourceFiles());
    }

    private static List<string> Scan(Func<string, bool> offends)
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = Comment().Replace(lines[i], "");
                if (offends(code)) offenders.Add($"{Path.GetRelativePath(Fixtures.RepositoryRoot, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }
        return offenders;
    }

    private static List<string> SourceFiles()
    {
        string src = Fixtures.Repo("src");
        string models = Path.Combine(src, "Parley.Models") + Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(models, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"//.*$")]
    private static partial Regex Comment();
}
