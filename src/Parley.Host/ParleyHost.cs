using Parley.Cli;
using Spectre.Console.Cli;

namespace Parley.Host;

/// <summary>
/// The composition root: the command line of Parley.Cli plus the commands that need the web app
/// (<c>serve</c>). Tests run the whole program through <see cref="RunAsync"/>, in-process.
/// </summary>
public static class ParleyHost
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        ParleyApp.RunAsync(args, stdout, stderr, cancellationToken, AddWebCommands);

    private static void AddWebCommands(IConfigurator config) =>
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Start the web app and REST API (loopback only unless --token is given); Ctrl-C stops it.")
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://127.0.0.1:8080", "--db", "analyses.duckdb");
}
