using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

/// <summary>The broken-scenario corpus through the command line: exit 2, the field named, no stack trace.</summary>
public class BrokenInputTests
{
    public static TheoryData<string, string, string> Cases() => BrokenCorpus.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Forecast_of_a_broken_file_exits_2_naming_rule_and_field(string file, string rule, string field)
    {
        string path = Fixtures.Path("scenarios", "broken", file);
        var result = await CliRunner.RunAsync("forecast", path);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Out);
        Assert.Contains($"[{rule}]", result.Error);
        Assert.Contains(field, result.Error);
        Assert.Contains(path, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }

    [Fact]
    public async Task Validate_json_lists_problems_with_locations()
    {
        var result = await CliRunner.RunAsync("validate", Fixtures.Path("scenarios", "broken", "position-out-of-scale.yaml"), "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"valid\": false", result.Out);
        Assert.Contains("\"rule\": \"position-out-of-scale\"", result.Out);
        Assert.Contains("\"line\": ", result.Out);
        Assert.Contains("\"field\": \"stances[1].position\"", result.Out);
    }
}
