using Parley.Cli.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

public sealed class PlotAndReportCommandTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), "parley-cli-" + Guid.NewGuid().ToString("N") + extension);

    [Theory]
    [InlineData("map", ".png")]
    [InlineData("map", ".svg")]
    [InlineData("leverage", ".svg")]
    [InlineData("distribution", ".png")]
    public async Task Plot_writes_png_and_svg(string chart, string extension)
    {
        string output = Temp(extension);
        try
        {
            var result = await CliRunner.RunAsync("plot", Flagship, "--chart", chart, "--dimension", "sanctions", "--runs", "500", "-o", output);
            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            byte[] bytes = File.ReadAllBytes(output);
            if (extension == ".png") Assert.Equal((byte)'P', bytes[1]);
            else Assert.StartsWith("<svg", System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("trajectory", "static")]
    [InlineData("dyads", "expected-utility")]
    [InlineData("pie", "unknown chart")]
    public async Task Plot_explains_what_it_cannot_draw_and_writes_nothing(string chart, string message)
    {
        string output = Temp(".png");
        var result = await CliRunner.RunAsync("plot", Flagship, "--chart", chart, "-o", output);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Plot_refuses_an_unknown_image_format()
    {
        var result = await CliRunner.RunAsync("plot", Flagship, "--chart", "map", "-o", "chart.gif");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(".png or .svg", result.Error);
    }

    [Fact]
    public async Task Report_is_byte_identical_for_the_same_seed()
    {
        string one = Temp(".html"), two = Temp(".html");
        try
        {
            var a = await CliRunner.RunAsync("report", Flagship, "--runs", "1000", "--seed", "8", "-o", one);
            var b = await CliRunner.RunAsync("report", Flagship, "--runs", "1000", "--seed", "8", "-o", two);
            Assert.True(a.ExitCode == ExitCodes.Ok, a.ToString());
            Assert.Equal(ExitCodes.Ok, b.ExitCode);
            Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
            Assert.Contains("<h2>In brief</h2>", File.ReadAllText(one));
        }
        finally
        {
            File.Delete(one);
            File.Delete(two);
        }
    }

    [Fact]
    public async Task Serve_refuses_a_public_address_without_a_token()
    {
        var result = await CliRunner.RunAsync("serve", "--urls", "http://0.0.0.0:5999", "--db", Temp(".duckdb"));
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("needs an access token", result.Error);
    }
}
