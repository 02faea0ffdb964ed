using System.ComponentModel;
using System.Globalization;
using System.Text;
using Parley.Application.Models;
using Parley.Application.UseCases;
using Parley.Cli.Infrastructure;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models.Output;
using Parley.Models.Spatial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class TraceSettings : ScenarioSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("Model to trace: smp (the Spatial Model of Politics, the default and for now the only model with a trace).")]
    [DefaultValue("smp")]
    public string Model { get; init; } = "smp";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default; one table per round), json (every state and round in full) or csv (one row per round and actor).")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-a|--actor <ID>")]
    [Description("Show only this actor's rows: whom it challenged, which offers it received, which bargain it adopted and how it moved.")]
    public string? Actor { get; init; }

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A model setting, overriding the scenario file's 'parameters'. Repeatable. See 'parley models'.")]
    public string[] Parameters { get; init; } = [];

    [CommandOption("--preset <PRESET>")]
    [Description("parley (default: KTAB with its flaws corrected) or ktab (KTAB exactly); same as --param preset=PRESET.")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Round cap (same as --param rounds=N; KTAB uses 100).")]
    public string? Rounds { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed for StateTransitions=Stochastic (same as --param seed=SEED).")]
    public string? Seed { get; init; }

    public IEnumerable<string> AllParameters()
    {
        foreach (var p in Parameters) yield return p;
        if (Preset is not null) yield return "preset=" + Preset;
        if (Rounds is not null) yield return "rounds=" + Rounds;
        if (Seed is not null) yield return "seed=" + Seed;
    }
}

/// <summary>
/// <c>parley trace</c>: a dynamic model's run round by round — for the Spatial Model of Politics,
/// whom each actor challenged, which bargains it was offered, which one it adopted and how it moved.
/// </summary>
public sealed class TraceCommand : Command<TraceSettings>
{
    public override int Execute(CommandContext context, TraceSettings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var trace = new TraceHandler().Handle(new TraceRequest(settings.Source, settings.WhatIf, new ModelChoice(settings.Model, settings.AllParameters().ToList()), settings.Actor), cancellationToken).OrStop();
        var (compiled, run, only) = (trace.Participants, trace.Run, trace.Actor);
        switch (format)
        {
            case "json":
                terminal.Raw.Write(trace.ToJson());
                break;
            case "csv":
                terminal.Raw.Write(ToCsv(compiled, run, only));
                break;
            default:
                WriteTables(terminal, compiled, run, only);
                break;
        }
        return ExitCodes.Ok;
    }

    private static void WriteTables(Terminal terminal, CompiledScenario compiled, SpatialRun run, int? only)
    {
        var actors = compiled.Source.Actors;
        foreach (var round in run.Rounds)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.Title = new TableTitle($"Round {round.Number}");
            table.AddColumn("[bold]actor[/]");
            table.AddColumn("[bold]challenges[/]\n[dim]P(win), expected gain[/]");
            table.AddColumn("[bold]offers received from[/]");
            table.AddColumn("[bold]adopted[/]\n[dim]P in its queue[/]");
            table.AddColumn("[bold]moved[/]");
            for (int i = 0; i < run.ActorCount; i++)
            {
                if (only is { } o && o != i) continue;
                var challenge = round.Challenges[i];
                string target = challenge.Target < 0 ? "[dim]nobody worth it[/]"
                    : Markup.Escape($"{actors[challenge.Target].Id} ({F(challenge.WinProbability, "0.00")}, {challenge.ExpectedGain.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture)})");
                string offers = string.Join(", ", Offers(round, i).Select(b => actors[round.Bargains[b].Initiator].Id));
                table.AddRow(Markup.Escape(actors[i].Id), target, offers.Length == 0 ? "[dim]–[/]" : Markup.Escape(offers),
                    Markup.Escape(Adopted(round, i, actors)), Markup.Escape(Moves(compiled, run, round.Number, i)));
            }
            terminal.Out.Write(table);
        }
        string stop = run.StopReason == SpatialStopReason.Converged
            ? $"Converged after {run.Rounds.Length} rounds."
            : $"Stopped at the round cap ({run.Rounds.Length} rounds): the positions cycle.";
        terminal.Out.MarkupLine(Markup.Escape(stop));
    }

    /// <summary>Bargains in <paramref name="actor"/>'s queue that another actor initiated.</summary>
    private static IEnumerable<int> Offers(SpatialRound round, int actor)
    {
        for (int b = 0; b < round.Bargains.Length; b++)
        {
            if (round.Bargains[b].Receiver == actor) yield return b;
        }
    }

    private static string Adopted(SpatialRound round, int actor, IReadOnlyList<Actor> actors)
    {
        var choice = round.Choices[actor];
        string p = F(choice.Probability, "0.00");
        if (choice.Bargain < 0) return $"status quo ({p} of {choice.Options})";
        var bargain = round.Bargains[choice.Bargain];
        string whose = bargain.Initiator == actor ? $"own offer to {actors[bargain.Receiver].Id}" : $"{actors[bargain.Initiator].Id}'s offer";
        return $"{whose} ({p} of {choice.Options})";
    }

    private static string Moves(CompiledScenario compiled, SpatialRun run, int turn, int actor)
    {
        var parts = new List<string>();
        for (int k = 0; k < run.DimensionCount; k++)
        {
            double before = OnScale(compiled, k, run.Position(turn - 1, actor, k));
            double after = OnScale(compiled, k, run.Position(turn, actor, k));
            if (Math.Abs(after - before) > 1e-9) parts.Add($"{compiled.Source.Dimensions[k].Id} {F(before, "0.##")}→{F(after, "0.##")}");
        }
        return parts.Count == 0 ? "–" : string.Join("; ", parts);
    }

    private static string ToCsv(CompiledScenario compiled, SpatialRun run, int? only)
    {
        var actors = compiled.Source.Actors;
        var text = new StringBuilder("round,actor,target,win_probability,expected_gain,offers_from,adopted,adopted_initiator,adopted_receiver,adopted_probability,options");
        foreach (var d in compiled.Source.Dimensions) text.Append(',').Append(d.Id).Append("_before,").Append(d.Id).Append("_after");
        text.Append('\n');
        foreach (var round in run.Rounds)
        {
            for (int i = 0; i < run.ActorCount; i++)
            {
                if (only is { } o && o != i) continue;
                var challenge = round.Challenges[i];
                var choice = round.Choices[i];
                text.Append(round.Number.ToString(CultureInfo.InvariantCulture)).Append(',').Append(actors[i].Id).Append(',');
                if (challenge.Target >= 0)
                {
                    text.Append(actors[challenge.Target].Id).Append(',').Append(R(challenge.WinProbability)).Append(',').Append(R(challenge.ExpectedGain));
                }
                else
                {
                    text.Append(",,");
                }
                text.Append(',').Append(string.Join(';', Offers(round, i).Select(b => actors[round.Bargains[b].Initiator].Id))).Append(',');
                if (choice.Bargain < 0)
                {
                    text.Append("status_quo,,");
                }
                else
                {
                    var bargain = round.Bargains[choice.Bargain];
                    text.Append("bargain,").Append(actors[bargain.Initiator].Id).Append(',').Append(actors[bargain.Receiver].Id);
                }
                text.Append(',').Append(R(choice.Probability)).Append(',').Append(choice.Options.ToString(CultureInfo.InvariantCulture));
                for (int k = 0; k < run.DimensionCount; k++)
                {
                    text.Append(',').Append(R(OnScale(compiled, k, run.Position(round.Number - 1, i, k))));
                    text.Append(',').Append(R(OnScale(compiled, k, run.Position(round.Number, i, k))));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static double OnScale(CompiledScenario compiled, int k, double x) => compiled.ScaleMin[k] + (compiled.ScaleMax[k] - compiled.ScaleMin[k]) * x;

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
