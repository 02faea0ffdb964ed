using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

public sealed class AccommodationFormatTests
{
    private const string Yaml = """
        title: Accommodating actors
        dimensions:
          - {id: x, label: X}
        actors:
          - {id: A, capability: 10}
          - {id: B, capability: 20}
          - {id: C, capability: 30}
        stances:
          - {actor: A, dimension: x, position: 10, salience: 50}
          - {actor: B, dimension: x, position: 50, salience: 50}
          - {actor: C, dimension: x, position: 90, salience: 50}
        accommodation:
          - {actor: A, toward: A, rate: 0.6}
          - {actor: A, toward: B, rate: 0.3}
          - {actor: B, toward: B, rate: 0.75}
        parameters:
          smp: {VotingRule: PropCbc, preset: ktab}
        """;

    private static ParseResult<Scenario> Read(string text, string name = "case.yaml") => ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void YamlHoldsTheMatrixAndTheModelSettings()
    {
        var result = Read(Yaml);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal([new Accommodation("A", "A", 0.6), new Accommodation("A", "B", 0.3), new Accommodation("B", "B", 0.75)], result.Value.Accommodations);
        Assert.Equal("PropCbc", result.Value.ModelParameters.For("smp")["VotingRule"]);
    }

    [Fact]
    public void YamlToJsonToYamlIsLossless()
    {
        var scenario = Read(Yaml).Value;
        var json = ScenarioJsonWriter.Write(scenario);
        Assert.Contains("\"accommodation\"", json);
        var fromJson = Read(json, "case.json");
        Assert.True(fromJson.Success, string.Join("\n", fromJson.Problems));
        Assert.Equal(scenario, fromJson.Value);
        var yaml = ScenarioYamlWriter.Write(fromJson.Value);
        Assert.Equal(scenario, Read(yaml).Value);
        Assert.Equal(yaml, ScenarioYamlWriter.Write(Read(yaml).Value));
    }

    [Fact]
    public void ScenariosWithoutAccommodationWriteNone()
    {
        var scenario = Read(Yaml.Replace("accommodation:", "x_removed:", StringComparison.Ordinal)[..Yaml.IndexOf("accommodation:", StringComparison.Ordinal)]).Value;
        Assert.Null(scenario.AccommodationList);
        Assert.DoesNotContain("accommodation", ScenarioYamlWriter.Write(scenario));
        Assert.DoesNotContain("accommodation", ScenarioJsonWriter.Write(scenario));
    }

    [Theory]
    [InlineData("  - {actor: A, toward: Q, rate: 0.3}", Rules.UnknownActor, "accommodation names actor 'Q'")]
    [InlineData("  - {actor: A, toward: B, rate: 1.3}", Rules.InvalidAccommodation, "rate 1.3 must lie between 0 and 1")]
    [InlineData("  - {actor: C, toward: A, rate: 0.2}", Rules.InvalidAccommodation, "the accommodation rates of C sum to 1.2, more than 1; unlisted, C's rate toward itself is 1")]
    [InlineData("  - {actor: A, toward: B, rate: 0.1}", Rules.DuplicateAccommodation, "second accommodation of A toward B")]
    [InlineData("  - {actor: A, towards: B, rate: 0.1}", Rules.UnknownField, "did you mean 'toward'?")]
    public void BadEntriesAreReportedWithTheirLine(string entry, string rule, string message)
    {
        string text = Yaml.Replace("parameters:", entry + "\nparameters:", StringComparison.Ordinal);
        var result = Read(text);
        var problem = result.Problems.FirstOrDefault(p => p.Rule == rule);
        Assert.True(problem is not null, "got: " + string.Join(" | ", result.Problems));
        Assert.Contains(message, problem.Message);
        Assert.NotNull(problem.Location);
        Assert.True(problem.Location!.Value.Line >= 16);
    }
}
