using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Tests.Shared;

namespace Parley.Core.Tests.Formats;

public class ScenarioReaderTests
{
    private static ParseResult<Scenario> Read(string text, string name = "test.yaml") => ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void Yaml_json_and_csv_versions_of_one_scenario_read_alike()
    {
        var yaml = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", "minimal.yaml")).Value;
        var json = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", "minimal.json")).Value;
        var csv = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", "minimal.csv")).Value;
        foreach (var other in new[] { json, csv })
        {
            Assert.Equal(yaml.Actors.Select(a => (a.Id, a.Capability)), other.Actors.Select(a => (a.Id, a.Capability)));
            Assert.Equal(yaml.Stances.Select(s => (s.ActorId, s.DimensionId, s.Position, s.Salience)),
                other.Stances.Select(s => (s.ActorId, s.DimensionId, s.Position, s.Salience)));
        }
    }

    [Fact]
    public void The_flagship_example_is_valid_and_every_stance_cites_a_source()
    {
        var result = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml"));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var s = result.Value;
        foreach (var id in new[] { "USA", "RUS", "CHN", "PRK", "ROK", "JPN" }) Assert.True(s.ActorIndex(id) >= 0, id);
        foreach (var id in new[] { "denuclearisation", "sanctions", "security", "engagement" }) Assert.True(s.DimensionIndex(id) >= 0, id);
        Assert.All(s.Stances, st => Assert.NotEmpty(st.Sources));
        Assert.All(s.Stances, st => Assert.False(string.IsNullOrWhiteSpace(st.Rationale)));
        Assert.Contains(s.Sources, src => src.Citation.Contains("Rinna", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_are_all_collected_in_one_pass_and_sorted_by_line()
    {
        var result = Read("""
            title: t
            dimensions:
              - {id: d, label: D}
            actors:
              - {id: A, capability: -1}
              - {id: B, capability: 1, colour: red}
            stances:
              - {actor: A, dimension: d, position: 500, salience: 50}
              - {actor: B, dimension: d, position: 5, salience: 500}
            """);
        Assert.Equal(["negative-capability", "unknown-field", "position-out-of-scale", "salience-out-of-range"], result.Problems.Select(p => p.Rule));
        Assert.Equal([5, 6, 8, 9], result.Problems.Select(p => p.Location!.Value.Line));
    }

    [Fact]
    public void Unknown_field_suggests_the_nearest_name()
    {
        var result = Read("title: t\ndimensions: []\nactors: []\nstances: []\nquestoin: q\n");
        var problem = Assert.Single(result.Problems, p => p.Rule == Rules.UnknownField);
        Assert.Contains("did you mean 'question'", problem.Message);
        Assert.Equal(new SourceLocation(5, 1), problem.Location);
    }

    [Fact]
    public void Json_problems_carry_line_and_column()
    {
        var result = Read("{\n  \"title\": \"t\",\n  \"dimensions\": [],\n  \"actors\": [{\"id\": \"A\", \"capability\": \"x\"}],\n  \"stances\": []\n}", "x.json");
        var problem = Assert.Single(result.Problems, p => p.Rule == Rules.WrongType);
        Assert.Equal(new SourceLocation(4, 40), problem.Location);
        Assert.Equal("actors[0].capability", problem.Field);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_parsing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-big-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var stream = File.Create(path)) stream.SetLength(ScenarioReader.MaxFileBytes + 1);
            var result = ScenarioReader.ReadFile(path);
            Assert.Equal(Rules.FileTooLarge, Assert.Single(result.Problems).Rule);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_and_directory_are_input_problems()
    {
        Assert.Equal(Rules.FileNotFound, Assert.Single(ScenarioReader.ReadFile("/nonexistent/parley.yaml").Problems).Rule);
        Assert.Equal(Rules.FileNotFound, Assert.Single(ScenarioReader.ReadFile(Path.GetTempPath()).Problems).Rule);
    }

    [Fact]
    public void Alias_bombs_are_stopped_by_the_node_cap()
    {
        var yaml = new StringBuilder("title: t\nbomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) yaml.Append($"bomb{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        var result = Read(yaml.ToString());
        Assert.Contains(result.Problems, p => p.Rule == Rules.TooManyNodes);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        string yaml = "title: " + new string('[', 5000) + new string(']', 5000) + "\n";
        Assert.Contains(Read(yaml).Problems, p => p.Rule == Rules.TooDeep);
        string json = "{\"title\": " + new string('[', 5000) + new string(']', 5000) + "}";
        Assert.Contains(Read(json, "x.json").Problems, p => p.Rule == Rules.MalformedJson);
    }

    [Fact]
    public void Replication_table_reads_as_one_dimension_with_unique_ids()
    {
        var result = Read("actor,capability,position,salience\nAttorney,1,0.2,0.5\nAttorney,2,0.9,1\nLocal Democrat,1,0.5,0.3\n", "lit.csv");
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var s = result.Value;
        Assert.Equal(["Attorney", "Attorney-2", "Local_Democrat"], s.Actors.Select(a => a.Id));
        Assert.Equal(["Attorney", "Attorney", "Local Democrat"], s.Actors.Select(a => a.Name));
        Assert.Equal(new Scale(0.2, 0.9), Assert.Single(s.Dimensions).Scale);
        Assert.Equal(SalienceScale.Fraction, s.SalienceScale);
    }

    [Fact]
    public void Utf8_bom_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Fixtures.Path("scenarios", "valid", "minimal.yaml"))).ToArray();
        Assert.True(ScenarioReader.Read(bytes, "bom.yaml").Success);
    }
}
