using System.Globalization;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Analysis.WhatIf;

/// <summary>
/// One what-if change to a scenario: set a stance's position or salience, set an actor's
/// capability, drop an actor, or add one. Parsed from the command line's
/// <c>--set ACTOR.DIMENSION.position=V</c>, <c>--set ACTOR.DIMENSION.salience=V</c>,
/// <c>--set ACTOR.capability=V</c>, <c>--drop ACTOR</c> and <c>--add YAML-or-file</c>.
/// </summary>
public abstract record ScenarioEdit
{
    /// <summary>How the user wrote it, for messages and reports.</summary>
    public abstract string Describe();

    public sealed record SetPosition(string ActorId, string DimensionId, double Value) : ScenarioEdit
    {
        public override string Describe() => Invariant($"{ActorId}.{DimensionId}.position={Value}");
    }

    public sealed record SetSalience(string ActorId, string DimensionId, double Value) : ScenarioEdit
    {
        public override string Describe() => Invariant($"{ActorId}.{DimensionId}.salience={Value}");
    }

    public sealed record SetCapability(string ActorId, double Value) : ScenarioEdit
    {
        public override string Describe() => Invariant($"{ActorId}.capability={Value}");
    }

    public sealed record DropActor(string ActorId) : ScenarioEdit
    {
        public override string Describe() => "drop " + ActorId;
    }

    public sealed record AddActor(Actor Actor, IReadOnlyList<Stance> Stances) : ScenarioEdit
    {
        public override string Describe() => "add " + Actor.Id;
    }

    /// <summary>Parses one <c>--set</c> value.</summary>
    public static ParseResult<ScenarioEdit> ParseSet(string text)
    {
        int eq = text.IndexOf('=');
        string target = eq > 0 ? text[..eq].Trim() : "";
        string valueText = eq > 0 ? text[(eq + 1)..].Trim() : "";
        if (eq <= 0 || valueText.Length == 0)
        {
            return Fail($"{Set} expects ACTOR.DIMENSION.position=V, ACTOR.DIMENSION.salience=V or ACTOR.capability=V; found '{text}'");
        }
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            return Fail($"{Set} {target}: '{valueText}' is not a finite number", Rules.WrongType);
        }
        var parts = target.Split('.');
        return parts switch
        {
            [var actor, "capability"] => ParseResult<ScenarioEdit>.ForValue(new SetCapability(actor, value)),
            [var actor, var dimension, "position"] => ParseResult<ScenarioEdit>.ForValue(new SetPosition(actor, dimension, value)),
            [var actor, var dimension, "salience"] => ParseResult<ScenarioEdit>.ForValue(new SetSalience(actor, dimension, value)),
            _ => Fail($"{Set} '{target}': write ACTOR.DIMENSION.position, ACTOR.DIMENSION.salience or ACTOR.capability"),
        };
    }

    /// <summary>Parses one added actor from YAML; <paramref name="origin"/> names it in problems (the file, or the option's token).</summary>
    public static ParseResult<ScenarioEdit> FromSnippet(string yaml, string origin) =>
        ActorSnippetReader.Read(yaml, origin).Select(x => (ScenarioEdit)new AddActor(x.Actor, x.Stances));

    /// <summary>Parses one <c>--add</c> YAML snippet (files are read by the application layer, which knows whether its face may name one).</summary>
    public static ParseResult<ScenarioEdit> ParseAdd(string yaml) => FromSnippet(yaml, OptionKey.Add.Token());

    private static readonly string Set = OptionKey.Set.Token();

    private static ParseResult<ScenarioEdit> Fail(string message, string rule = Rules.InvalidValue) =>
        ParseResult<ScenarioEdit>.ForProblem(OptionKey.Set.Problem(rule, message));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
