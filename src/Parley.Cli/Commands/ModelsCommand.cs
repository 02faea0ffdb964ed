using Parley.Cli.Infrastructure;
using Parley.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley models</c>: what each model does and which settings it takes.</summary>
public sealed class ModelsCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("[bold]id[/]");
        table.AddColumn("[bold]model[/]");
        table.AddColumn("[bold]what it computes[/]");
        table.AddColumn("[bold]settings (--param)[/]");
        foreach (var entry in ModelCatalog.All)
        {
            table.AddRow(Markup.Escape(entry.Id), Markup.Escape(entry.Name), Markup.Escape(entry.Summary),
                entry.Parameters.Count == 0 ? "[dim]none[/]" : Markup.Escape(string.Join(", ", entry.Parameters)));
        }
        Terminal.Current.Out.Write(table);
        return ExitCodes.Ok;
    }
}
