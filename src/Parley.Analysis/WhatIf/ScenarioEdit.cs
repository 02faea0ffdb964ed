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
            return Fail("--set", $"--set expects ACTOR.DIMENSION.position=V, ACTOR.DIMENSION.salience=V or ACTOR.capability=V; found '{text}'");
        }
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            return Fail("--set", $"--set {target}: '{valueText}' is not a finite number", Rules.WrongType);
        }
        var parts = target.Split('.');
        return parts switch
        {
            [var actor, "capability"] => ParseResult<ScenarioEdit>.ForValue(new SetCapability(actor, value)),
            [var actor, var dimension, "position"] => ParseResult<ScenarioEdit>.ForValue(new SetPosition(actor, dimension, value)),
            [var actor, var dimension, "salience"] => ParseResult<ScenarioEdit>.ForValue(new SetSalience(actor, dimension, value)),
            _ => Fail("--set", $"--set '{target}': write ACTOR.DIMENSION.position, ACTOR.DIMENSION.salience or ACTOR.capability"),
        };
    }

    /// <summary>The largest actor snippet file read for <c>--add</c>.</summary>
    public const int MaxSnippetBytes = 1024 * 1024;

    /// <summary>Parses one <c>--add</c> value: a YAML snippet, or the path of a file holding one.</summary>
    public static ParseResult<ScenarioEdit> ParseAdd(string textOrPath)
    {
        string origin = "--add";
        string yaml = textOrPath;
        if (!textOrPath.Contains('\n') && !textOrPath.Contains(':') && File.Exists(textOrPath))
        {
            origin = textOrPath;
            byte[]? bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(textOrPath, MaxSnippetBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail("--add", $"--add: cannot read '{textOrPath}': {e.Message}", Rules.FileNotFound);
            }
            // A snippet describes one actor; a device such as /dev/zero must not be read without end.
            if (bytes is null) return Fail("--add", $"--add: '{textOrPath}' holds more than {MaxSnippetBytes / 1024} KB; an actor snippet is a few lines", Rules.FileTooLarge);
            yaml = System.Text.Encoding.UTF8.GetString(bytes);
        }
        return ActorSnippetReader.Read(yaml, origin).Select(x => (ScenarioEdit)new AddActor(x.Actor, x.Stances));
    }

    private static ParseResult<ScenarioEdit> Fail(string field, string message, string rule = Rules.InvalidValue) =>
        ParseResult<ScenarioEdit>.ForProblem(new Problem(rule, message, Field: field));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
