using System.Net;
using System.Text;
using Parley.Web.Security;

namespace Parley.Web.Tests;

public sealed class SecurityTests
{
    private const string Token = "a-long-enough-test-token";

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://192.0.2.10:5000")]
    public void A_non_loopback_address_without_a_token_is_refused(string urls)
    {
        var e = Assert.Throws<WebSetupException>(() => ParleyWebApp.Create(new WebOptions { Urls = urls }));
        Assert.Contains("--token", e.Problems[0].Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    public void Loopback_needs_no_token(string urls, bool allowed) =>
        Assert.Equal(allowed, BindingPolicy.Check(urls, null).Success);

    [Fact]
    public void A_short_token_is_refused() => Assert.False(BindingPolicy.Check("http://0.0.0.0:5000", "short").Success);

    [Fact]
    public async Task With_a_token_every_api_call_and_page_needs_it()
    {
        await using var host = await WebHost.InMemoryAsync(new WebOptions { Token = Token });
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync("/api/forecast", new StringContent("x", Encoding.UTF8, "application/yaml"))).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        bearer.Headers.Authorization = new("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(bearer)).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        wrong.Headers.Authorization = new("Bearer", Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(wrong)).StatusCode);

        // The printed link sets a cookie and drops the token from the address.
        var link = await host.Client.GetAsync("/?token=" + Token);
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        string cookie = link.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(withCookie)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/", "/evil.example/")]
    [InlineData("/\\evil.example/", "/evil.example/")]
    [InlineData("/api/scenarios", "/api/scenarios")]
    public async Task The_token_link_redirects_only_to_this_server(string path, string expected)
    {
        // Issue 14: GET //evil.com/?token=… redirected to //evil.com/, a protocol-relative address.
        await using var host = await WebHost.InMemoryAsync(new WebOptions { Token = Token });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + path + "?token=" + Token));
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.Equal(expected, location);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/scenarios", true)]
    [InlineData("/api/nothing-here", true)]
    [InlineData("/", false)]
    [InlineData("/app.js", false)]
    public async Task Every_response_carries_the_security_headers(string path, bool api)
    {
        await using var host = await WebHost.InMemoryAsync();
        using var response = await host.Client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        if (api)
        {
            Assert.Equal(SecurityHeaders.ApiPolicy, policy);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }
        else
        {
            // The page may load only its own scripts: no inline or evaluated code.
            Assert.Contains("default-src 'self'", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            Assert.DoesNotContain("script-src", policy);
        }
    }

    [Fact]
    public async Task Loopback_servers_refuse_foreign_host_names()
    {
        await using var host = await WebHost.InMemoryAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        request.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("../../etc/passwd", ".yaml", "passwd.yaml")]
    [InlineData("C:\\x\\korea.yaml", ".yaml", "korea.yaml")]
    [InlineData(null, ".json", "scenario.json")]
    public void Upload_names_are_display_names_never_paths(string? name, string extension, string expected) =>
        Assert.Equal(expected, Api.ScenarioInput.DisplayName(name, extension == ".json" ? Parley.Core.Formats.ScenarioFormat.Json : Parley.Core.Formats.ScenarioFormat.Yaml));
}
