namespace Parley.Cli.Tests;

/// <summary>Suggestions for misspelled commands and <c>parley --version</c>.</summary>
public sealed class CommandLineHelpTests
{
    [Theory]
    [InlineData("forcast", "forecast")]
    [InlineData("simulat", "simulate")]
    [InlineData("levrage", "leverage")]
    public async Task A_misspelled_command_gets_a_suggestion(string typed, string meant)
    {
        var result = await CliRunner.RunAsync(typed, "examples/korea-2019.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Did you mean {meant}?", result.Error);
    }

    [Fact]
    public async Task A_command_nothing_like_any_other_gets_no_suggestion()
    {
        var result = await CliRunner.RunAsync("xyzzy");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Did you mean", result.Error);
    }

    [Fact]
    public async Task Version_prints_the_informational_version()
    {
        var result = await CliRunner.RunAsync("--version");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ParleyApp.Version, result.Out.Trim());
        Assert.Matches(@"^\d+\.\d+", result.Out.Trim());
    }
}
