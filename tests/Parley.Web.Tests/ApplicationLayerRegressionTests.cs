using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Cli;
using Parley.Tests.Shared;

namespace Parley.Web.Tests;

/// <summary>
/// Bugs reproduced before the use cases moved into Parley.Application (issue 12), through the web
/// API; and the promise that the command line and the API give byte-identical JSON for one request.
/// </summary>
public sealed class ApplicationLayerRegressionTests
{
    private static readonly string Flagship = Fixtures.Repo("examples", "korea-2019.yaml");
    private static readonly string HandCheck = Fixtures.Repo("examples", "hand-check.yaml");

    private static StringContent Yaml(string path) => new(File.ReadAllText(path), Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task A_model_failure_on_forecast_is_a_400_with_problems_not_a_500()
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/forecast?model=smp&param=preset=ktab&set=B.spending_mix.salience=0&set=B.borrowing.salience=0", Yaml(HandCheck));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        using var json = JsonDocument.Parse(body);
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal("model-failed", problem.GetProperty("rule").GetString());
        Assert.Equal("model smp", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Leverage_with_a_nudge_the_model_refuses_is_a_400_naming_it()
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/leverage?model=smp&param=preset=ktab&set=B.spending_mix.salience=20&set=B.borrowing.salience=0", Yaml(HandCheck));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("\"rule\": \"model-failed\"", body);
        Assert.Contains("B's salience on spending_mix 20 → 0", body);
    }

    [Theory]
    [InlineData("/api/forecast")]
    [InlineData("/api/dyads")]
    [InlineData("/api/trace")]
    public async Task A_bad_drop_is_reported_as_drop_not_as_set(string path)
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync(path + "?drop=XYZ", Yaml(Flagship));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal("drop", problem.GetProperty("field").GetString());
        Assert.StartsWith("drop XYZ: no actor 'XYZ'", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_bad_set_is_spelled_without_dashes()
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/forecast?set=USA.sanctions", Yaml(Flagship));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\": \"set\"", body);
        Assert.DoesNotContain("--", body);
        Assert.DoesNotContain("{{", body);
    }

    public static TheoryData<string, string[]> SameRequests => new()
    {
        { "forecast?model=mean,eu&set=RUS.sanctions.position=70", ["forecast", "--model", "mean,eu", "--set", "RUS.sanctions.position=70"] },
        { "simulate?model=mean,median&runs=300&seed=5&threshold=sanctions>=60&drop=JPN", ["simulate", "--model", "mean,median", "--runs", "300", "--seed", "5", "--threshold", "sanctions>=60", "--drop", "JPN"] },
        { "leverage?model=median&dimension=sanctions", ["leverage", "--model", "median", "--dimension", "sanctions"] },
        { "compare?model=mean&set=RUS.sanctions.salience=90&drop=JPN", ["compare", "--model", "mean", "--set", "RUS.sanctions.salience=90", "--drop", "JPN"] },
        { "dyads?dimension=sanctions&drop=RUS", ["dyads", "--dimension", "sanctions", "--drop", "RUS"] },
        { "trace?param=rounds=5&set=USA.sanctions.position=60", ["trace", "--param", "rounds=5", "--set", "USA.sanctions.position=60"] },
        { "compare?model=mean,median&add=" + Uri.EscapeDataString(Mongolia), ["compare", "--model", "mean,median", "--add", Mongolia] },
    };

    private const string Mongolia = "{id: MNG, capability: 5, stances: {denuclearisation: {position: 90, salience: 30}, sanctions: {position: 40, salience: 10}, security: {position: 50, salience: 20}, engagement: {position: 70, salience: 40}}}";

    [Fact]
    public async Task An_add_is_always_read_as_YAML_never_as_a_path_on_the_server()
    {
        string secret = Path.Combine(Path.GetTempPath(), $"parley-add-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(secret, Mongolia, TestContext.Current.CancellationToken);
        try
        {
            await using var host = await WebHost.InMemoryAsync();
            var response = await host.Client.PostAsync("/api/compare?model=mean&add=" + Uri.EscapeDataString(secret), Yaml(Flagship), TestContext.Current.CancellationToken);
            string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            // The path is not opened: it is a plain YAML scalar, not an actor, so the edit is refused.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("an added actor is written as a YAML mapping", body);
            Assert.DoesNotContain("MNG", body);
            Assert.DoesNotContain("--add", body);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [MemberData(nameof(SameRequests))]
    public async Task The_command_line_and_the_API_give_byte_identical_JSON(string query, string[] command)
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/" + query, Yaml(Flagship));
        string web = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, web);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await ParleyApp.RunAsync([command[0], Flagship, .. command[1..], "--format", "json"], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(stdout.ToString(), web);
    }
}
