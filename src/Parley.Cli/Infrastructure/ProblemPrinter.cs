using System.Text.Json;
using Parley.Application.Problems;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>Prints problems the way compilers do (one per line, file:line:col first), or as JSON.</summary>
public static class ProblemPrinter
{
    public static void Print(Terminal terminal, IReadOnlyList<Problem> problems)
    {
        string noun = problems.Count == 1 ? "problem" : "problems";
        if (!terminal.Interactive)
        {
            // One unwrapped line per problem, so logs and editors can jump to file:line:col.
            foreach (var problem in problems) terminal.RawError.WriteLine("error: " + problem);
            terminal.RawError.WriteLine($"{problems.Count} {noun}.");
            return;
        }
        foreach (var problem in problems)
        {
            terminal.Error.MarkupLine("[red]error[/]: " + Markup.Escape(problem.ToString()));
        }
        terminal.Error.MarkupLine($"[red]{problems.Count} {noun}[/].");
    }

    public static void WriteJson(Utf8JsonWriter w, IReadOnlyList<Problem> problems) => ProblemJsonWriter.WriteProblems(w, OptionSpelling.Cli.Spell(problems));

    public static string ToJson(IReadOnlyList<Problem> problems) => ProblemJsonWriter.Write(OptionSpelling.Cli.Spell(problems));
}
