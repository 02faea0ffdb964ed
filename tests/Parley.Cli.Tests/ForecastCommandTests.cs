using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

public class ForecastCommandTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    [Fact]
    public async Task Json_output_carries_the_contract_for_every_model_and_dimension()
    {
        var result = await CliRunner.RunAsync("forecast", Flagship, "--model", "mean,median,nbs", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var scenario = json.RootElement.GetProperty("scenario");
        Assert.False(string.IsNullOrEmpty(scenario.GetProperty("title").GetString()));
        Assert.Equal(7, scenario.GetProperty("actors").GetInt32());
        Assert.Equal(4, scenario.GetProperty("dimensions").GetInt32());
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        var pairs = forecasts.Select(f => (f.GetProperty("model").GetString(), f.GetProperty("dimension").GetString())).ToHashSet();
        foreach (var model in new[] { "mean", "median", "nbs" })
        {
            foreach (var dimension in new[] { "denuclearisation", "sanctions", "security", "engagement" })
            {
                Assert.Contains((model, dimension), pairs);
            }
        }
        Assert.All(forecasts, f => Assert.InRange(f.GetProperty("outcome").GetDouble(), 0, 100));
    }

    [Fact]
    public async Task Default_table_names_dimensions_models_and_scale_labels()
    {
        var result = await CliRunner.RunAsync("forecast", Fixtures.Repo("examples", "hand-check.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spending_mix", result.Out);
        Assert.Contains("mean", result.Out);
        Assert.Contains("nbs", result.Out);
        Assert.Contains("Even split", result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Csv_output_lists_model_dimension_outcome_and_p_status_quo()
    {
        var result = await CliRunner.RunAsync("forecast", Fixtures.Repo("examples", "hand-check.yaml"), "--model", "median", "--format", "csv");
        Assert.Matches(@"^model,dimension,outcome,p_status_quo\nmedian,spending_mix,40,[01](\.\d+)?\nmedian,borrowing,45,[01](\.\d+)?\n$", result.Out);
    }

    [Fact]
    public async Task Same_input_gives_byte_identical_output()
    {
        var first = await CliRunner.RunAsync("forecast", Flagship, "--format", "json");
        var second = await CliRunner.RunAsync("forecast", Flagship, "--format", "json");
        Assert.Equal(first.Out, second.Out);
    }

    [Theory]
    [InlineData("forecast")]
    [InlineData("forecast", "x.yaml", "--bogus")]
    [InlineData("forecast", "EXAMPLE", "--model", "nonsense")]
    [InlineData("forecast", "EXAMPLE", "--format", "xml")]
    [InlineData("forecast", "EXAMPLE", "--model", "mean", "--param", "x=1")]
    [InlineData("forecast", "EXAMPLE", "--param", "novalue")]
    [InlineData("forecast", "EXAMPLE", "--model", "mean", "--rounds", "5")]
    [InlineData("nosuchcommand")]
    public async Task Bad_command_lines_exit_with_2_and_a_message(params string[] args)
    {
        var result = await CliRunner.RunAsync(args.Select(a => a == "EXAMPLE" ? Flagship : a).ToArray());
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Help_is_available_on_every_command()
    {
        foreach (var command in new[] { "forecast", "validate", "convert", "models" })
        {
            var result = await CliRunner.RunAsync(command, "--help");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("USAGE", result.Out);
        }
    }
}
