using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parley.Web;
using Parley.Storage.Scenarios;

namespace Parley.Web.Tests;

/// <summary>The web app on the ASP.NET Core test server (in memory) or on Kestrel at a free loopback port.</summary>
internal sealed class WebHost : IAsyncDisposable
{
    private WebHost(WebApplication app, HttpClient client, string? address)
    {
        App = app;
        Client = client;
        Address = address;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    /// <summary>The real address (Kestrel only).</summary>
    public string? Address { get; }

    public static async Task<WebHost> InMemoryAsync(WebOptions? options = null, IScenarioStore? store = null)
    {
        options ??= new WebOptions();
        var app = ParleyWebApp.Create(options, store ?? ScenarioStore.Open(":memory:"), b => b.WebHost.UseTestServer());
        await ParleyWebApp.PrepareStoreAsync(app, options);
        await app.StartAsync();
        return new WebHost(app, app.GetTestClient(), null);
    }

    public static async Task<WebHost> KestrelAsync(WebOptions? options = null)
    {
        options = (options ?? new WebOptions()) with { Urls = "http://127.0.0.1:0" };
        var app = ParleyWebApp.Create(options, ScenarioStore.Open(":memory:"));
        await ParleyWebApp.PrepareStoreAsync(app, options);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        return new WebHost(app, client, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
