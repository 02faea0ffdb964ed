using Parley.Cli.Commands;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>
/// The <c>parley</c> command line. Every failure ends in a message and an exit code: 2 for bad
/// input (with every problem listed), 1 for a bug in Parley, 130 for Ctrl-C; never a stack trace.
/// </summary>
public static class ParleyApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var terminal = new Terminal(stdout, stderr, interactive);
        Terminal.Use(terminal);

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler? onCancel = null;
        if (ReferenceEquals(stdout, Console.Out))
        {
            onCancel = (_, e) =>
            {
                // Let the running command stop at its next check and report what finished.
                e.Cancel = true;
                cancellation.Cancel();
            };
            Console.CancelKeyPress += onCancel;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("parley");
            config.UseStrictParsing();
            config.ConfigureConsole(terminal.Out);
            config.Settings.ExceptionHandler = (exception, _) => Report(terminal, exception);
            config.AddCommand<ForecastCommand>("forecast")
                .WithDescription("Forecast where each dimension of a scenario settles, with one or more bargaining models.")
                .WithExample("forecast", "examples/korea-2019.yaml")
                .WithExample("forecast", "examples/korea-2019.yaml", "--model", "median", "--format", "json");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a scenario file and list every problem (exit code 2 if there is any).")
                .WithExample("validate", "examples/korea-2019.yaml");
            config.AddCommand<ConvertCommand>("convert")
                .WithDescription("Convert a scenario between YAML, JSON and CSV.")
                .WithExample("convert", "examples/korea-2019.yaml", "-o", "korea.json");
            config.AddCommand<TraceCommand>("trace")
                .WithDescription("Replay a dynamic model round by round: for the Spatial Model of Politics, whom each actor challenged, which bargains it was offered and adopted, and how it moved.")
                .WithExample("trace", "examples/korea-2019.yaml", "--actor", "RUS")
                .WithExample("trace", "examples/korea-2019.yaml", "--format", "json");
            config.AddCommand<ModelsCommand>("models")
                .WithDescription("List the bargaining models and their settings.");
        });

        try
        {
            return await app.RunAsync(args, cancellation.Token);
        }
        catch (Exception exception)
        {
            return Report(terminal, exception);
        }
        finally
        {
            if (onCancel is not null) Console.CancelKeyPress -= onCancel;
        }
    }

    internal static int Report(Terminal terminal, Exception exception)
    {
        switch (exception)
        {
            case InputException input:
                ProblemPrinter.Print(terminal, input.Problems);
                return ExitCodes.BadInput;
            case ModelFailedException failed:
                // The model cannot run on this input with these settings (e.g. KTAB's checks under preset ktab).
                ProblemPrinter.Print(terminal, [new Problem(Rules.ModelFailed, failed.Message, Field: "model " + failed.ModelId)]);
                return ExitCodes.BadInput;
            case OperationCanceledException:
                terminal.Error.MarkupLine("[yellow]stopped[/] (Ctrl-C).");
                return ExitCodes.Cancelled;
            case CommandAppException cli:
                // Unknown command or option, missing argument: the user's input, not a bug.
                terminal.Error.MarkupLine("[red]error[/]: " + Markup.Escape(cli.Message + " [" + Rules.InvalidValue + "]"));
                terminal.Error.MarkupLine("Run [bold]parley --help[/] (or [bold]parley COMMAND --help[/]) for usage.");
                return ExitCodes.BadInput;
            default:
                terminal.Error.MarkupLine("[red]internal error[/]: " + Markup.Escape(exception.GetType().Name + ": " + exception.Message));
                terminal.Error.MarkupLine("This is a bug in Parley; please report it with the command you ran.");
                return ExitCodes.InternalError;
        }
    }
}
