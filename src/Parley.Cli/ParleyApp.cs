using System.Reflection;
using Parley.Application.Problems;
using Parley.Cli.Commands;
using Parley.Cli.Commands.Events;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>
/// The <c>parley</c> command line. Every failure ends in a message and an exit code: 2 for bad
/// input (with every problem listed), 1 for a bug in Parley, 130 for Ctrl-C; never a stack trace.
/// </summary>
public static class ParleyApp
{
    /// <param name="extend">Commands the executable adds (e.g. <c>serve</c>, which needs the web app this library does not reference).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, Action<IConfigurator>? extend = null)
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
            // `parley --version`: the informational version, which the SDK ends with +COMMIT when built from git.
            config.SetApplicationVersion(Version);
            config.UseStrictParsing();
            config.ConfigureConsole(terminal.Out);
            config.Settings.ExceptionHandler = (exception, _) => Report(terminal, exception);
            config.AddCommand<ForecastCommand>("forecast")
                .WithDescription("Forecast where each dimension of a scenario settles, with one or more bargaining models.")
                .WithExample("forecast", "examples/korea-2019.yaml")
                .WithExample("forecast", "examples/korea-2019.yaml", "--model", "median", "--format", "json");
            config.AddCommand<DyadsCommand>("dyads")
                .WithDescription("Show how each pair of actors reads its relationship in the expected-utility model (perception matrix).")
                .WithExample("dyads", "examples/korea-2019.yaml", "--model", "eu")
                .WithExample("dyads", "examples/korea-2019.yaml", "--dimension", "sanctions", "--format", "json");
            config.AddCommand<ExchangesCommand>("exchanges").WithDescription("List the trades of Stokman's exchange model ranked by gain, with who gains and who bears the externalities.").WithExample("exchanges", "examples/korea-2019.yaml");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a scenario file and list every problem (exit code 2 if there is any).")
                .WithExample("validate", "examples/korea-2019.yaml");
            config.AddCommand<ConvertCommand>("convert")
                .WithDescription("Convert a scenario between YAML, JSON and CSV.")
                .WithExample("convert", "examples/korea-2019.yaml", "-o", "korea.json");
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("Monte Carlo over the scenario's uncertainty ranges: mean, median, 5–95 % interval, histogram, thresholds.")
                .WithExample("simulate", "examples/korea-2019.yaml", "--model", "mean", "--runs", "100000", "--seed", "7", "--threshold", "sanctions>=60");
            config.AddCommand<SensitivityCommand>("sensitivity").WithDescription("Which uncertainty matters: first-order and total Sobol' indices of each forecast over every input with a range, with bootstrap intervals.").WithExample("sensitivity", "examples/korea-2019.yaml", "--model", "mean", "--samples", "4096", "--seed", "1");
            config.AddCommand<LeverageCommand>("leverage")
                .WithDescription("Whose shift moves the outcome most: nudge every actor's position, salience and capability and rank the effects.")
                .WithExample("leverage", "examples/korea-2019.yaml", "--model", "mean", "--dimension", "sanctions");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Forecast as written beside the forecast with what-if changes (--set, --drop, --add).")
                .WithExample("compare", "examples/korea-2019.yaml", "--set", "RUS.sanctions.position=70");
            config.AddCommand<PlotCommand>("plot")
                .WithDescription("Draw one chart of a scenario as PNG or SVG: map, trajectory, distribution, leverage or dyads.")
                .WithExample("plot", "examples/korea-2019.yaml", "--chart", "map", "--dimension", "sanctions", "-o", "sanctions.svg")
                .WithExample("plot", "examples/korea-2019.yaml", "--chart", "distribution", "--model", "mean", "--threshold", "sanctions>=60", "-o", "mc.png");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write a self-contained HTML report: summary, forecasts, charts, uncertainty, leverage and the scenario with its sources.")
                .WithExample("report", "examples/korea-2019.yaml", "-o", "report.html");
            config.AddCommand<TraceCommand>("trace")
                .WithDescription("Replay a dynamic model round by round: for the Spatial Model of Politics, whom each actor challenged, which bargains it was offered and adopted, and how it moved.")
                .WithExample("trace", "examples/korea-2019.yaml", "--actor", "RUS")
                .WithExample("trace", "examples/korea-2019.yaml", "--format", "json");
            config.AddCommand<ModelsCommand>("models")
                .WithDescription("List the bargaining models; with MODEL, its settings, defaults and allowed values.")
                .WithExample("models", "eu")
                .WithExample("models", "smp", "--format", "json");
            config.AddCommand<BacktestCommand>("backtest")
                .WithDescription("Score every model on real negotiations with known outcomes (DEU III), in and out of sample.")
                .WithExample("backtest", "deu3", "--data", "data/deu3")
                .WithExample("backtest", "deu3", "--data", "data/deu3", "--format", "json")
                .WithExample("backtest", "deu3", "--data", "data/deu3", "--report", "docs/accuracy.md");
            config.AddCommand<ScoreCommand>("score")
                .WithDescription("Score every model on scenarios with observed outcomes: error and Brier score of P(status quo).")
                .WithExample("score", "examples/korea-2019.yaml", "examples/history/jcpoa-2015.yaml")
                .WithExample("score", "examples/history/six-party-2005.yaml", "--format", "json");
            config.AddCommand<PowerCommand>("power")
                .WithDescription("Shapley–Shubik and Banzhaf power indices of a weighted voting game, computed exactly.")
                .WithExample("power", "--weights", "10,10,10,10,8,5,5,5,5,4,4,3,3,3,2", "--quota", "62")
                .WithExample("power", "--council", "lisbon-28", "--format", "json");
            extend?.Invoke(config);
            config.AddBranch("events", events =>
            {
                events.SetDescription("Diplomatic event ledger: import CAMEO-coded events (GDELT, ICEWS, your own) and measure cooperation between countries.");
                events.AddCommand<EventsImportCommand>("import")
                    .WithDescription("Import GDELT 1.0/2.0, ICEWS or Parley event files into the ledger (one transaction per file; re-imports add nothing).")
                    .WithExample("events", "import", "examples/korea-2019-events.csv", "--db", "ledger.duckdb");
                events.AddCommand<EventsDyadCommand>("dyad")
                    .WithDescription("Cooperation between two countries per month, quarter or year: counts, QuadClass counts, Goldstein sum and mean, each direction and both.")
                    .WithExample("events", "dyad", "USA", "RUS", "--from", "2018-01", "--to", "2019-12", "--by", "quarter");
                events.AddCommand<EventsMatrixCommand>("matrix")
                    .WithDescription("Mean Goldstein score and event counts between every pair of a set of countries.")
                    .WithExample("events", "matrix", "--actors", "USA,RUS,CHN,PRK,KOR,JPN");
                events.AddCommand<EventsTopCommand>("top")
                    .WithDescription("The most cooperative and most conflictual events of a country (towards a target), with descriptions.")
                    .WithExample("events", "top", "--actor", "RUS", "--target", "USA", "--limit", "20");
                events.AddCommand<EventsCodeCommand>("code").WithDescription("Code text (plain, CoNLL-U) into CAMEO events with the PETRARCH2/Phoenix dictionaries; --db stores them, --validate scores gold sets.").WithExample("events", "code", "examples/korea-2019-readout.txt", "--date", "2019-11-25");
                events.AddCommand<EventsAffinityCommand>("affinity")
                    .WithDescription("For every pair of scenario actors, the observed cooperation index in a window before the scenario's as-of date.")
                    .WithExample("events", "affinity", "examples/korea-2019.yaml", "--window", "12m");
            });
        });

        try
        {
            return await app.RunAsync(ArgumentAliases.Normalise(args), cancellation.Token);
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

    /// <summary>The informational version (e.g. <c>1.0.0+4f2a…</c>).</summary>
    public static string Version { get; } =
        typeof(ParleyApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ParleyApp).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Top-level commands, for suggestions when one is misspelled.</summary>
    private static readonly string[] Commands = ["forecast", "dyads", "validate", "convert", "simulate", "leverage", "compare", "plot", "report", "serve", "trace", "models", "backtest", "power", "events"];

    /// <summary>The command closest to an unknown one (at most two edits away), if any.</summary>
    internal static string? Suggest(string message)
    {
        const string prefix = "Unknown command '";
        if (!message.StartsWith(prefix, StringComparison.Ordinal)) return null;
        string typed = message[prefix.Length..].Split('\'')[0].ToLowerInvariant();
        return Commands.Select(c => (Command: c, Distance: EditDistance(typed, c)))
            .Where(x => x.Distance <= 2 && x.Distance < x.Command.Length)
            .OrderBy(x => x.Distance)
            .Select(x => x.Command)
            .FirstOrDefault();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    internal static int Report(Terminal terminal, Exception exception)
    {
        switch (exception)
        {
            case InputException input:
                ProblemPrinter.Print(terminal, OptionSpelling.Cli.Spell(input.Problems));
                return ExitCodes.BadInput;
            case CommandAppException cli:
                // Unknown command or option, missing argument: the user's input, not a bug.
                terminal.Error.MarkupLine("[red]error[/]: " + Markup.Escape(cli.Message + " [" + Rules.InvalidValue + "]"));
                if (Suggest(cli.Message) is { } suggestion) terminal.Error.MarkupLine($"Did you mean [bold]{Markup.Escape(suggestion)}[/]?");
                terminal.Error.MarkupLine("Run [bold]parley --help[/] (or [bold]parley COMMAND --help[/]) for usage.");
                return ExitCodes.BadInput;
            case UseCaseFailedException failed:
                return Report(terminal, failed.Failure);
            default:
                // Model failures (also wrapped by Parallel.For), cancellation and bugs: the one mapper decides which.
                return Report(terminal, FailureMapper.Map(exception));
        }
    }

    private static int Report(Terminal terminal, Failure failure)
    {
        switch (failure.Kind)
        {
            case FailureKind.BadInput:
                ProblemPrinter.Print(terminal, OptionSpelling.Cli.Spell(failure.Problems));
                return ExitCodes.BadInput;
            case FailureKind.Cancelled:
                terminal.Error.MarkupLine("[yellow]stopped[/] (Ctrl-C).");
                return ExitCodes.Cancelled;
            default:
                var cause = failure.Cause;
                terminal.Error.MarkupLine("[red]internal error[/]: " + Markup.Escape(cause is null ? failure.Problems[0].Message : cause.GetType().Name + ": " + cause.Message));
                terminal.Error.MarkupLine("This is a bug in Parley; please report it with the command you ran.");
                return ExitCodes.InternalError;
        }
    }
}
