using System.ComponentModel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Web;
using Parley.Storage;
using Parley.Storage.Scenarios;
using Spectre.Console;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace Parley.Host;

public sealed class ServeSettings : CommandSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, ASP.NET style (default http://127.0.0.1:5000; several separated by ';'). Any address other than loopback needs --token.")]
    public string? Urls { get; init; }

    [CommandOption("--db <STORE>")]
    [Description("Where scenarios and runs are kept: a DuckDB file (default parley.duckdb) or a PostgreSQL connection string (Host=…;Database=…;Username=…).")]
    public string? Database { get; init; }

    [CommandOption("--token <TOKEN>")]
    [Description("Access token required on every request (at least 16 characters; default: the PARLEY_TOKEN environment variable).")]
    public string? Token { get; init; }
}

/// <summary><c>parley serve</c>: the web app and REST API, until Ctrl-C.</summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var options = new WebOptions
        {
            Urls = settings.Urls ?? WebOptions.DefaultUrls,
            Database = settings.Database,
            Token = settings.Token ?? NullIfEmpty(Environment.GetEnvironmentVariable(WebOptions.TokenVariable)),
        };
        IScenarioStore store;
        try
        {
            store = ScenarioStore.Open(options.Database);
        }
        catch (StorageException e)
        {
            throw new InputException(Rules.InvalidValue, e.Message, "--db");
        }
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ParleyWebApp.Create(options, store);
        }
        catch (WebSetupException e)
        {
            await store.DisposeAsync();
            throw new InputException(e.Problems);
        }
        await using (app)
        {
            IReadOnlyList<string> addresses;
            try
            {
                addresses = await ParleyWebApp.StartAsync(app, options, cancellationToken);
            }
            catch (WebSetupException e)
            {
                throw new InputException(e.Problems);
            }
            terminal.Error.MarkupLine($"[green]Parley[/] is serving {Markup.Escape(store.Describe())}");
            foreach (var address in addresses)
            {
                string link = options.Token is null ? address + "/" : address + "/?token=" + Uri.EscapeDataString(options.Token);
                terminal.Error.MarkupLine("  open " + Markup.Escape(link) + "   (API: " + Markup.Escape(address) + "/openapi/v1.json)");
            }
            terminal.Error.MarkupLine("Press Ctrl-C to stop.");
            try
            {
                // Returns on Ctrl-C (the token) or when the host is told to stop (SIGTERM from a
                // service manager or container runtime).
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C is how a server is meant to stop.
            }
            await app.StopAsync(CancellationToken.None);
        }
        return ExitCodes.Ok;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
