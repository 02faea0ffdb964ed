using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models.Exchange;
using Parley.Models.Output;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ExchangesSettings : ScenarioSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--preset <PRESET>")]
    [Description("Preset of the exchange model: parley (default, Decide's bugs corrected) or decide (Decide number for number).")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Rounds of exchange (default 10, as in Decide).")]
    public string? Rounds { get; init; }

    [CommandOption("--top <N>")]
    [Description("Table: show the N trades with the highest gain (default 15; json and csv list every trade).")]
    [DefaultValue(15)]
    public int Top { get; init; } = 15;

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A setting of the exchange model (preset, rounds), overriding the scenario file's 'parameters'. Repeatable.")]
    public string[] Parameters { get; init; } = [];

    public IEnumerable<string> AllParameters()
    {
        foreach (var p in Parameters) yield return p;
        if (Preset is not null) yield return "preset=" + Preset;
        if (Rounds is not null) yield return "rounds=" + Rounds;
    }
}

/// <summary>
/// <c>parley exchanges</c>: the trades Stokman's exchange model executes — who gives ground on
/// which dimension to gain on which, ranked by gain — and every actor's balance of own gains and
/// externalities from the others' trades.
/// </summary>
public sealed class ExchangesCommand : Command<ExchangesSettings>
{
    public override int Execute(CommandContext context, ExchangesSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        if (settings.Top < 1) throw new InputException(Rules.InvalidValue, $"--top must be at least 1, found {settings.Top}", "--top");
        var scenario = ScenarioLoader.Load(settings);
        var models = ModelSelection.Resolve(ExchangeModel.ModelId, settings.AllParameters(), scenario);
        var model = (ExchangeModel)models[0];
        var forecast = model.Run(CompiledScenario.Compile(scenario), cancellationToken);
        var ledger = TradeLedger.From(forecast.Exchanges, [.. scenario.Actors.Select(a => a.Id)]);
        switch (format)
        {
            case "json":
                terminal.Raw.Write(ToJson(scenario, model, forecast, ledger));
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(ledger));
                break;
            default:
                ExchangesTable.Render(terminal.Out, scenario, model, forecast, ledger, settings.Top);
                break;
        }
        return ExitCodes.Ok;
    }

    private static string ToJson(Scenario scenario, ExchangeModel model, Parley.Models.Forecast forecast, TradeLedger ledger)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            w.WriteStartObject();
            ForecastJsonWriter.WriteScenarioSummary(w, scenario);
            w.WriteString("model", model.Id);
            w.WriteString("preset", model.Options.Preset);
            w.WriteNumber("rounds", model.Options.Rounds);
            w.WriteStartArray("outcomes");
            foreach (var d in forecast.Dimensions)
            {
                w.WriteStartObject();
                w.WriteString("dimension", d.DimensionId);
                w.WriteNumber("start", d.Rounds.IsDefaultOrEmpty ? d.Outcome : d.Rounds[0].Mean);
                w.WriteNumber("outcome", d.Outcome);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            TradeJsonWriter.WriteExchanges(w, model.Id, ledger.Ranked);
            w.WriteStartArray("actors");
            foreach (var a in ledger.Actors)
            {
                w.WriteStartObject();
                w.WriteString("actor", a.Actor);
                w.WriteNumber("trades", a.Trades);
                w.WriteNumber("own_gain", a.OwnGain);
                w.WriteNumber("benefit", a.Benefit);
                w.WriteNumber("burden", a.Burden);
                w.WriteNumber("net", a.Net);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string ToCsv(TradeLedger ledger)
    {
        var csv = new StringBuilder("rank,round,sequence,gain,actor_1,gives_1,gets_1,from_1,to_1,actor_2,gives_2,gets_2,from_2,to_2,inner_positive,inner_negative,outer_positive,outer_negative\n");
        int rank = 0;
        foreach (var t in ledger.Ranked)
        {
            rank++;
            csv.AppendJoin(',', rank, t.Round, t.Sequence, R(t.Gain),
                Q(t.First.Actor), Q(t.First.Gives), Q(t.First.Gets), R(t.First.From), R(t.First.To),
                Q(t.Second.Actor), Q(t.Second.Gives), Q(t.Second.Gets), R(t.Second.From), R(t.Second.To),
                R(t.Externalities.InnerPositive), R(t.Externalities.InnerNegative), R(t.Externalities.OuterPositive), R(t.Externalities.OuterNegative));
            csv.Append('\n');
        }
        return csv.ToString();
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Q(string text) => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
