using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Core.Formats;

namespace Parley.Core.Tests.Properties;

/// <summary>YAML and JSON hold the same scenario losslessly, in both directions.</summary>
public class RoundTripProperties
{
    private static Arbitrary<Scenario> Scenarios() => Gen.Choose(0, int.MaxValue).Select(RandomScenario.Create).ToArbitrary();

    private static Scenario ReadBack(string text, string name)
    {
        var result = ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name);
        Assert.True(result.Success, string.Join("\n", result.Problems) + "\n---\n" + text);
        return result.Value;
    }

    [Property(MaxTest = 300)]
    public Property Generated_scenarios_are_valid() =>
        Prop.ForAll(Scenarios(), s => Assert.Empty(Parley.Core.Validation.ScenarioValidator.Validate(s)));

    [Property(MaxTest = 300)]
    public Property Yaml_round_trip_is_lossless() =>
        Prop.ForAll(Scenarios(), s => Assert.Equal(s, ReadBack(ScenarioYamlWriter.Write(s), "s.yaml")));

    [Property(MaxTest = 300)]
    public Property Json_round_trip_is_lossless() =>
        Prop.ForAll(Scenarios(), s => Assert.Equal(s, ReadBack(ScenarioJsonWriter.Write(s), "s.json")));

    [Property(MaxTest = 300)]
    public Property Yaml_to_json_to_yaml_gives_the_same_text() =>
        Prop.ForAll(Scenarios(), s =>
        {
            string yaml = ScenarioYamlWriter.Write(s);
            string json = ScenarioJsonWriter.Write(ReadBack(yaml, "s.yaml"));
            Assert.Equal(yaml, ScenarioYamlWriter.Write(ReadBack(json, "s.json")));
        });
}
