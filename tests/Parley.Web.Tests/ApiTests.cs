using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Core.Formats;
using Parley.Models;
using Parley.Models.Output;
using Parley.Tests.Shared;
using Parley.Storage.Scenarios;

namespace Parley.Web.Tests;

public sealed class ApiTests
{
    private static readonly string FlagshipYaml = File.ReadAllText(Fixtures.Repo("examples", "korea-2019.yaml"));

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task Forecast_returns_the_CLI_contract_byte_for_byte()
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/forecast?model=mean,median&name=korea-2019.yaml", Yaml(FlagshipYaml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();

        var scenario = ScenarioReader.Read(Encoding.UTF8.GetBytes(FlagshipYaml), "korea-2019.yaml").Value;
        var compiled = Parley.Core.CompiledScenario.Compile(scenario);
        // The CLI's contract includes whether a deal happens at all (issue 11): P(status quo) per dimension, seed 1.
        var outlook = Parley.Analysis.Deal.StatusQuoPersistence.Estimate(scenario, seed: 1);
        var expected = ForecastJsonWriter.Write(scenario, [ModelCatalog.Default("mean").Run(compiled), ModelCatalog.Default("median").Run(compiled)],
            w => Parley.Analysis.Deal.StatusQuoJsonWriter.WriteBlock(w, scenario, outlook),
            (w, model, k) => Parley.Analysis.Deal.StatusQuoJsonWriter.WriteEntry(w, outlook, model, k));
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Forecast_reads_JSON_by_content_type()
    {
        await using var host = await WebHost.InMemoryAsync();
        string json = File.ReadAllText(Fixtures.Path("scenarios", "valid", "minimal.json"));
        var response = await host.Client.PostAsync("/api/forecast?model=mean", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("mean", doc.RootElement.GetProperty("forecasts")[0].GetProperty("model").GetString());
    }

    [Theory]
    [InlineData("position-out-of-scale.yaml")]
    [InlineData("malformed-yaml.yaml")]
    [InlineData("duplicate-key.yaml")]
    [InlineData("unknown-actor.yaml")]
    [InlineData("missing-stance.yaml")]
    [InlineData("empty.yaml")]
    public async Task A_broken_upload_is_a_400_with_the_CLI_problem_list(string file)
    {
        await using var host = await WebHost.InMemoryAsync();
        byte[] bytes = File.ReadAllBytes(Fixtures.Path("scenarios", "broken", file));
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        var response = await host.Client.PostAsync("/api/forecast?name=" + file, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        // The same list `parley validate --format json` prints for the same file.
        var cli = ScenarioReader.Read(bytes, file);
        Assert.Equal(ProblemJsonWriter.Write(cli.Problems), body);

        var stored = await host.Client.PostAsync("/api/scenarios?name=" + file, new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/yaml") } });
        Assert.Equal(HttpStatusCode.BadRequest, stored.StatusCode);
        Assert.Equal(body, await stored.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_lists_problems_with_line_and_rule()
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/validate", Yaml(File.ReadAllText(Fixtures.Path("scenarios", "broken", "position-out-of-scale.yaml"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var problem = doc.RootElement.GetProperty("problems")[0];
        Assert.Equal("position-out-of-scale", problem.GetProperty("rule").GetString());
        Assert.True(problem.GetProperty("line").GetInt32() > 0);

        var good = await host.Client.PostAsync("/api/validate", Yaml(FlagshipYaml));
        using var ok = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.True(ok.RootElement.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Simple_content_types_are_refused_so_a_cross_site_form_cannot_post(string type)
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync("/api/forecast", new StringContent(FlagshipYaml, Encoding.UTF8, type));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("unknown-format", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        await using var host = await WebHost.InMemoryAsync(new WebOptions { MaxRequestBytes = 10_000 });
        var response = await host.Client.PostAsync("/api/forecast", Yaml(FlagshipYaml));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("file-too-large", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/forecast?model=nonsense", "invalid-value")]
    [InlineData("/api/simulate?runs=abc", "wrong-type")]
    [InlineData("/api/simulate?runs=0", "invalid-value")]
    [InlineData("/api/simulate?threshold=tariffs>=3", "unknown-dimension")]
    [InlineData("/api/leverage?dimension=tariffs", "unknown-dimension")]
    [InlineData("/api/forecast?set=USA.sanctions.position=150", "position-out-of-scale")]
    [InlineData("/api/compare", "missing-field")]
    [InlineData("/api/charts/pie", "invalid-value")]
    [InlineData("/api/charts/trajectory", "invalid-value")]
    public async Task Bad_options_are_400s_with_problems_never_500s(string url, string rule)
    {
        await using var host = await WebHost.InMemoryAsync();
        var response = await host.Client.PostAsync(url, Yaml(FlagshipYaml));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"rule\": \"{rule}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Simulate_leverage_and_compare_speak_the_CLI_contract()
    {
        await using var host = await WebHost.InMemoryAsync();
        using var sim = JsonDocument.Parse(await (await host.Client.PostAsync("/api/simulate?model=mean&runs=500&seed=3&threshold=sanctions>=60", Yaml(FlagshipYaml))).Content.ReadAsStringAsync());
        Assert.Equal(500, sim.RootElement.GetProperty("simulation").GetProperty("runs").GetInt32());
        Assert.True(sim.RootElement.GetProperty("forecasts")[1].GetProperty("distribution").GetProperty("p95").GetDouble() > 0);

        using var lev = JsonDocument.Parse(await (await host.Client.PostAsync("/api/leverage?model=mean&dimension=sanctions", Yaml(FlagshipYaml))).Content.ReadAsStringAsync());
        Assert.All(lev.RootElement.GetProperty("leverage").EnumerateArray(), r => Assert.Equal("sanctions", r.GetProperty("dimension").GetString()));

        using var cmp = JsonDocument.Parse(await (await host.Client.PostAsync("/api/compare?model=mean&set=RUS.sanctions.position=70", Yaml(FlagshipYaml))).Content.ReadAsStringAsync());
        var row = cmp.RootElement.GetProperty("comparison").EnumerateArray().First(r => r.GetProperty("dimension").GetString() == "sanctions");
        Assert.True(row.GetProperty("change").GetDouble() > 0);
    }

    [Fact]
    public async Task Charts_come_as_svg_and_png()
    {
        await using var host = await WebHost.InMemoryAsync();
        var svg = await host.Client.PostAsync("/api/charts/map?dimension=sanctions", Yaml(FlagshipYaml));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        var png = await host.Client.PostAsync("/api/charts/leverage?dimension=sanctions&format=png", Yaml(FlagshipYaml));
        byte[] bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task Stored_scenarios_and_runs_survive_a_restart()
    {
        string file = Path.Combine(Path.GetTempPath(), "parley-web-test-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            string id, runId;
            await using (var first = await WebHost.InMemoryAsync(new WebOptions { SeedFlagship = false }, ScenarioStore.Open(file)))
            {
                var created = await first.Client.PostAsync("/api/scenarios?name=korea.yaml", Yaml(FlagshipYaml));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
                id = doc.RootElement.GetProperty("id").GetString()!;
                var run = await first.Client.PostAsync($"/api/scenarios/{id}/runs?kind=forecast&model=mean", null);
                Assert.Equal(HttpStatusCode.Created, run.StatusCode);
                runId = run.Headers.GetValues("X-Parley-Run").Single();
            }
            await using var second = await WebHost.InMemoryAsync(new WebOptions { SeedFlagship = false }, ScenarioStore.Open(file));
            var list = await second.Client.GetStringAsync("/api/scenarios");
            Assert.Contains(id, list);
            var stored = await second.Client.GetStringAsync($"/api/scenarios/{id}");
            Assert.Contains("korea.yaml", stored);
            var result = await second.Client.GetStringAsync($"/api/runs/{runId}");
            Assert.Contains("\"model\": \"mean\"", result);
            Assert.Contains(runId, await second.Client.GetStringAsync($"/api/scenarios/{id}/runs"));
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    [Fact]
    public async Task An_empty_store_opens_on_the_flagship_and_what_if_moves_it()
    {
        await using var host = await WebHost.InMemoryAsync();
        using var list = JsonDocument.Parse(await host.Client.GetStringAsync("/api/scenarios"));
        string id = list.RootElement[0].GetProperty("id").GetString()!;
        Assert.StartsWith("Six-party", list.RootElement[0].GetProperty("title").GetString());

        async Task<(double Mean, string Chart)> WhatIf(params string[] set)
        {
            var body = JsonSerializer.Serialize(new { scenario_id = id, model = "all", dimension = "sanctions", set });
            var response = await host.Client.PostAsync("/api/whatif", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            double mean = doc.RootElement.GetProperty("forecast").GetProperty("forecasts").EnumerateArray()
                .First(f => f.GetProperty("model").GetString() == "mean" && f.GetProperty("dimension").GetString() == "sanctions").GetProperty("outcome").GetDouble();
            return (mean, doc.RootElement.GetProperty("chart").GetString()!);
        }
        var before = await WhatIf();
        var after = await WhatIf("RUS.sanctions.position=90");
        Assert.True(after.Mean > before.Mean);
        Assert.NotEqual(before.Chart, after.Chart);
    }

    [Fact]
    public async Task Upload_form_requires_the_anti_forgery_token()
    {
        await using var host = await WebHost.InMemoryAsync();
        MultipartFormDataContent Form() => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(FlagshipYaml)), "file", "korea.yaml" } };
        var refused = await host.Client.PostAsync("/api/scenarios/upload", Form());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var tokenResponse = await host.Client.GetAsync("/api/antiforgery");
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var form = Form();
        form.Add(new StringContent(token.RootElement.GetProperty("token").GetString()!), token.RootElement.GetProperty("field").GetString()!);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scenarios/upload") { Content = form };
        request.Headers.Add("Cookie", string.Join("; ", tokenResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var accepted = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task The_event_ledger_answers_empty_series_and_refuses_bad_queries_without_a_500()
    {
        string file = Path.Combine(Path.GetTempPath(), "parley-web-ledger-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            await using (var host = await WebHost.InMemoryAsync(new WebOptions { Database = file }))
            {
                var response = await host.Client.GetAsync("/api/events/dyad?source=USA&target=PRK");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("\"points\":[]", await response.Content.ReadAsStringAsync());
                var bad = await host.Client.GetAsync("/api/events/dyad?source=U&target=PRK&period=week");
                Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            }
            await using var unreachable = await WebHost.InMemoryAsync(new WebOptions { Database = "postgres://nobody@127.0.0.1:1/none" });
            var down = await unreachable.Client.GetAsync("/api/events/dyad?source=USA&target=PRK");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("PostgreSQL", await down.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    [Fact]
    public async Task OpenApi_describes_the_api()
    {
        await using var host = await WebHost.InMemoryAsync();
        string doc = await host.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/forecast", doc);
        Assert.Contains("/api/validate", doc);
        Assert.Contains("/api/scenarios", doc);
    }
}
