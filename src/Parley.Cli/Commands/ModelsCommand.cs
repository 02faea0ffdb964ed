using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Models;
using Parley.Models.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ModelsSettings : CommandSettings
{
    [CommandArgument(0, "[MODEL]")]
    [Description("Show one model's settings with their defaults and allowed values.")]
    public string? Model { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public string? Format { get; init; }
}

/// <summary>
/// <c>parley models [MODEL]</c>: what each model does and which settings it takes; with a model,
/// every setting's kind, default, allowed values and meaning. All of it comes from the models'
/// descriptors (<see cref="ModelDescriptor"/>), so it cannot drift from what the models accept.
/// </summary>
public sealed class ModelsCommand : Command<ModelsSettings>
{
    private static readonly AsyncLocal<ModelCatalog?> catalog = new();

    /// <summary>
    /// The catalog shown (default: the built-in one). Set per async flow, so a test can show a
    /// catalog with a toy model without touching other tests; the application layer will pass its
    /// catalog instead.
    /// </summary>
    public static ModelCatalog Catalog
    {
        get => catalog.Value ?? ModelCatalog.Builtin;
        set => catalog.Value = value;
    }

    public override int Execute(CommandContext context, ModelsSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json");
        var shown = Catalog;
        IReadOnlyList<ModelDescriptor> models = shown.Models;
        if (settings.Model is { } id)
        {
            var model = shown.Lookup(id)
                ?? throw new InputException(Rules.InvalidValue, $"unknown model '{id}'; choose from {string.Join(", ", shown.ModelIds)}", "MODEL");
            models = [model];
        }
        if (format == "json")
        {
            terminal.Raw.Write(ModelCatalogJsonWriter.Write(models));
            return ExitCodes.Ok;
        }
        if (settings.Model is null) WriteList(terminal.Out, models);
        else WriteModel(terminal.Out, models[0]);
        return ExitCodes.Ok;
    }

    private static void WriteList(IAnsiConsole console, IReadOnlyList<ModelDescriptor> models)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("[bold]id[/]");
        table.AddColumn("[bold]model[/]");
        table.AddColumn("[bold]what it computes[/]");
        table.AddColumn("[bold]settings (--param)[/]");
        foreach (var entry in models)
        {
            table.AddRow(Markup.Escape(entry.Id), Markup.Escape(entry.Name), Markup.Escape(entry.Summary),
                entry.Parameters.Count == 0 ? "[dim]none[/]" : Markup.Escape(string.Join(", ", entry.Parameters)));
        }
        console.Write(table);
        console.MarkupLine("[dim]parley models MODEL shows a model's settings with their defaults and allowed values.[/]");
    }

    private static void WriteModel(IAnsiConsole console, ModelDescriptor model)
    {
        console.MarkupLine($"[bold]{Markup.Escape(model.Id)}[/] — {Markup.Escape(model.Name)}");
        console.MarkupLine(Markup.Escape(model.Summary));
        if (model.Capabilities.Count > 0) console.MarkupLine("[dim]capabilities:[/] " + Markup.Escape(string.Join(", ", model.Capabilities)));
        if (model.Documentation is { } page) console.MarkupLine("[dim]documentation:[/] " + Markup.Escape(page));
        if (model.Settings.Count == 0)
        {
            console.MarkupLine("[dim]No settings.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("[bold]setting[/]");
        table.AddColumn("[bold]default[/]");
        table.AddColumn("[bold]values[/]");
        table.AddColumn("[bold]what it sets[/]");
        foreach (var setting in model.Settings)
        {
            string values = setting.AllowedValues.Count > 0 ? string.Join(", ", setting.AllowedValues) : setting.Kind;
            table.AddRow(Markup.Escape(setting.Name), Markup.Escape(setting.Default), Markup.Escape(values), Markup.Escape(setting.Help));
        }
        console.Write(table);
        console.MarkupLine($"[dim]Set with --param NAME=VALUE or in the scenario file under parameters: {{{Markup.Escape(model.Id)}: {{NAME: VALUE}}}}.[/]");
    }
}
