using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Analysis.Deal;
using Parley.Analysis.TrackRecord;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ScoreSettings : CommandSettings
{
    [CommandArgument(0, "<FILES>")]
    [Description("Scenario files with observed outcomes (dimensions[].observed).")]
    public string[] Files { get; init; } = [];

    [CommandOption("-m|--model <MODEL>")]
    [Description("Model id, a comma-separated list, or 'all' (default).")]
    public string? Model { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--detail")]
    [Description("Also list every scored forecast (scenario, dimension, model).")]
    public bool Detail { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Draws behind P(status quo) (default 2000).")]
    public int Runs { get; init; } = StatusQuoPersistence.DefaultRuns;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of those draws (default 1).")]
    public ulong Seed { get; init; } = 1;
}

/// <summary><c>parley score</c>: how every model did on scenarios whose outcomes are known.</summary>
public sealed class ScoreCommand : Command<ScoreSettings>
{
    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json");
        if (settings.Runs < 1) throw new InputException(Rules.InvalidValue, $"--runs must be at least 1, found {settings.Runs}", "--runs");
        var problems = new List<Problem>();
        var scenarios = new List<(string Name, Scenario Scenario)>();
        foreach (var file in settings.Files)
        {
            var result = ScenarioReader.ReadFile(file);
            if (!result.Success)
            {
                problems.AddRange(result.Problems);
                continue;
            }
            if (!result.Value.HasObservedOutcomes)
            {
                problems.Add(new Problem(Rules.MissingField, "no dimension has an observed outcome (dimensions[].observed), so there is nothing to score", file, Field: "observed"));
                continue;
            }
            scenarios.Add((file, result.Value));
        }
        if (problems.Count > 0) throw new InputException(problems);

        var record = TrackRecordScorer.Score(scenarios, s => ModelSelection.Resolve(settings.Model, [], s), settings.Runs, settings.Seed, cancellationToken);
        if (format == "json")
        {
            terminal.Raw.Write(ToJson(record));
            return ExitCodes.Ok;
        }
        terminal.Out.Write(ScoreTable(record));
        if (settings.Detail) terminal.Out.Write(DetailTable(record));
        return ExitCodes.Ok;
    }

    private static Table ScoreTable(TrackRecordResult record)
    {
        int dimensions = record.Forecasts.Select(f => (f.Scenario, f.DimensionId)).Distinct().Count();
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"[bold]Track record[/] — {record.Scenarios.Length} scenario(s), {dimensions} observed dimension(s)");
        table.AddColumn("[bold]Model[/]");
        table.AddColumn(new TableColumn("[bold]Dimensions[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Mean abs. error[/]\n[dim]% of scale[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Brier P(SQ)[/]\n[dim]0 best, 1 worst[/]").RightAligned());
        table.AddColumn("[bold]Name[/]");
        foreach (var m in record.Models)
        {
            table.AddRow(
                Markup.Escape(m.ModelId),
                m.Dimensions.ToString(CultureInfo.InvariantCulture),
                m.MeanErrorPercent.ToString("0.0", CultureInfo.InvariantCulture),
                m.MeanBrier is { } b ? $"{b.ToString("0.0000", CultureInfo.InvariantCulture)} [dim](n {m.BrierCount})[/]" : "[dim]–[/]",
                Markup.Escape(m.ModelName));
        }
        table.Caption = new TableTitle($"[dim]P(SQ) of every model but procedural: share of {record.Runs:N0} draws (seed {record.Seed}) with an empty win-set; status-quo: P(SQ) = 1[/]");
        return table;
    }

    private static Table DetailTable(TrackRecordResult record)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Scenario", "Dimension", "Model", "Forecast", "Observed", "SQ", "Error %", "P(SQ)", "SQ held", "Brier" })
        {
            table.AddColumn(new TableColumn($"[bold]{column}[/]"));
        }
        foreach (var f in record.Forecasts)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(f.Scenario)), Markup.Escape(f.DimensionId), Markup.Escape(f.ModelId),
                F(f.Forecast), F(f.Observed), f.StatusQuo is { } sq ? F(sq) : "–",
                f.ErrorPercent.ToString("0.0", CultureInfo.InvariantCulture),
                f.PStatusQuo is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "–",
                f.StatusQuoHeld is { } held ? (held ? "yes" : "no") : "–",
                f.Brier is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "–");
        }
        return table;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string ToJson(TrackRecordResult record)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("scenarios");
            foreach (var s in record.Scenarios) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteNumber("runs", record.Runs);
            w.WriteNumber("seed", record.Seed);
            w.WriteStartArray("models");
            foreach (var m in record.Models)
            {
                w.WriteStartObject();
                w.WriteString("model", m.ModelId);
                w.WriteString("model_name", m.ModelName);
                w.WriteNumber("dimensions", m.Dimensions);
                w.WriteNumber("mean_error_percent", m.MeanErrorPercent);
                w.WriteNumber("brier_count", m.BrierCount);
                if (m.MeanBrier is { } b) w.WriteNumber("brier", b);
                else w.WriteNull("brier");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("forecasts");
            foreach (var f in record.Forecasts)
            {
                w.WriteStartObject();
                w.WriteString("scenario", f.Scenario);
                w.WriteString("dimension", f.DimensionId);
                w.WriteString("model", f.ModelId);
                w.WriteNumber("forecast", f.Forecast);
                w.WriteNumber("observed", f.Observed);
                if (f.StatusQuo is { } sq) w.WriteNumber("status_quo", sq);
                else w.WriteNull("status_quo");
                w.WriteNumber("abs_error", f.AbsoluteError);
                w.WriteNumber("error_percent", f.ErrorPercent);
                if (f.PStatusQuo is { } p) w.WriteNumber("p_status_quo", p);
                else w.WriteNull("p_status_quo");
                if (f.StatusQuoHeld is { } held) w.WriteBoolean("status_quo_held", held);
                else w.WriteNull("status_quo_held");
                if (f.Brier is { } brier) w.WriteNumber("brier", brier);
                else w.WriteNull("brier");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
