using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, problems and progress to <see cref="Error"/>.
/// Held in an AsyncLocal so that tests can run the app in-process, in parallel, each with its own writers.
/// </summary>
public sealed class Terminal
{
    private static readonly AsyncLocal<Terminal?> current = new();

    public Terminal(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        Raw = stdout;
        RawError = stderr;
        Interactive = interactive;
        Out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        Error = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output keeps tables readable in files and CI logs.
            Out.Profile.Width = 160;
            Error.Profile.Width = 160;
        }
    }

    public static Terminal Current => current.Value ?? throw new InvalidOperationException("No terminal: run commands through ParleyApp.");

    internal static void Use(Terminal terminal) => current.Value = terminal;

    /// <summary>Styled output (tables) for results.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Styled output for problems and progress.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>Plain text results (JSON, CSV), byte for byte.</summary>
    public TextWriter Raw { get; }

    public TextWriter RawError { get; }

    public bool Interactive { get; }
}
