using System.Net;
using Microsoft.AspNetCore.Hosting;
using Parley.Core.Validation;
using Parley.Web.Security;
using Parley.Storage.Scenarios;

namespace Parley.Web.Tests;

/// <summary>
/// Tests that change process-wide state (environment variables) run alone, after the parallel ones,
/// so no other host in the test run reads them.
/// </summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>Issue 14, finding 1: configuration could add endpoints past the loopback/token rule.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class BindingTests
{
    [Fact]
    public async Task Kestrel_endpoints_from_the_environment_are_ignored()
    {
        // Before the fix, Kestrel__Endpoints__E1__Url made 'parley serve --urls http://127.0.0.1:…'
        // also listen on 0.0.0.0 without a token.
        const string variable = "Kestrel__Endpoints__E1__Url";
        Environment.SetEnvironmentVariable(variable, "http://0.0.0.0:0");
        Environment.SetEnvironmentVariable("ASPNETCORE_Kestrel__Endpoints__E2__Url", "http://0.0.0.0:0");
        try
        {
            var options = new WebOptions { Urls = "http://127.0.0.1:0", SeedFlagship = false };
            await using var app = ParleyWebApp.Create(options, ScenarioStore.Open(":memory:"));
            var bound = await ParleyWebApp.StartAsync(app, options);
            Assert.NotEmpty(bound);
            Assert.All(bound, address => Assert.True(BindingPolicy.IsLoopback(new Uri(address).Host), address));
            await app.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            Environment.SetEnvironmentVariable("ASPNETCORE_Kestrel__Endpoints__E2__Url", null);
        }
    }

    [Fact]
    public async Task An_endpoint_added_past_the_options_is_caught_after_start()
    {
        // Whatever adds an endpoint (a hosting startup, a future configuration source), the addresses
        // actually bound are checked, and the server stops instead of serving without a token.
        var options = new WebOptions { Urls = "http://127.0.0.1:0", SeedFlagship = false };
        await using var app = ParleyWebApp.Create(options, ScenarioStore.Open(":memory:"),
            b => b.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Any, 0)));
        var e = await Assert.ThrowsAsync<WebSetupException>(() => ParleyWebApp.StartAsync(app, options));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(Rules.MissingField, problem.Rule);
        Assert.Equal("--token", problem.Field);
        Assert.Contains("0.0.0.0", problem.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://*:5000", false)]
    public void Bound_addresses_follow_the_same_rule(string address, bool allowed)
    {
        Assert.Equal(allowed, BindingPolicy.CheckBound([address], null).Success);
        Assert.True(BindingPolicy.CheckBound([address], new string('t', 16)).Success);
    }

    [Fact]
    public void A_bad_address_is_blamed_on_urls_without_a_doubled_prefix()
    {
        var problem = Assert.Single(BindingPolicy.Check("ftp://x", null).Problems);
        Assert.Equal("--urls", problem.Field);
        Assert.DoesNotContain("--urls:", problem.Message);
    }
}
