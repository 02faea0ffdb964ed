using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Parley.Reports.Html;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ReportSettings : ForecastSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("The HTML file to write (one self-contained file: inline SVG charts, no external fetches).")]
    public string? Output { get; init; }

    [CommandOption("--headline <MODEL>")]
    [Description("The model the summary, distributions and leverage speak for (default: mean, else the first selected).")]
    public string? Headline { get; init; }

    [CommandOption("-n|--runs <N>")]
    [Description("Monte Carlo runs.")]
    [DefaultValue(10000)]
    public int Runs { get; init; } = 10000;

    [CommandOption("--dist <DIST>")]
    [Description("How inputs are drawn from their ranges: pert (default), uniform or normal.")]
    [DefaultValue("pert")]
    public string Distribution { get; init; } = "pert";

    [CommandOption("--threshold <DIM_OP_V>")]
    [Description("Probability that an outcome meets a threshold, e.g. sanctions>=60. Repeatable.")]
    public string[] Thresholds { get; init; } = [];

    /// <summary>Here --seed seeds the Monte Carlo draws, as in simulate.</summary>
    public override IEnumerable<string> AllParameters() => base.AllParameters().Where(p => !p.StartsWith("seed=", StringComparison.Ordinal) || Parameters.Contains(p));
}

/// <summary><c>parley report</c>: a self-contained HTML report of a scenario.</summary>
public sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Output)) throw new InputException(Rules.MissingField, "--output (-o) is required: the .html file to write", "--output");
        var scenario = ScenarioLoader.Load(settings);
        var models = ModelSelection.Resolve(settings.Model, settings.AllParameters(), scenario);
        int headline = 0;
        string wanted = settings.Headline ?? "mean";
        int found = models.ToList().FindIndex(m => string.Equals(m.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (found >= 0) headline = found;
        else if (settings.Headline is not null)
        {
            throw new InputException(Rules.InvalidValue, $"--headline '{settings.Headline}' is not among the selected models ({string.Join(", ", models.Select(m => m.Id))})", "--headline");
        }
        var simulation = SimulateCommand.Options(
            new SimulateSettings { Runs = settings.Runs, Distribution = settings.Distribution, Thresholds = settings.Thresholds, Seed = settings.Seed }, scenario);
        var data = LongRunning.Run(Terminal.Current, "report", 1, _ => ReportData.Compute(scenario, models, headline, simulation, cancellationToken));
        string html = HtmlReport.Render(data);
        OutputFile.WriteAllText(settings.Output, html);
        Terminal.Current.Error.MarkupLine($"[green]wrote[/] {Markup.Escape(settings.Output)} ({html.Length / 1024} KB)");
        return ExitCodes.Ok;
    }
}
