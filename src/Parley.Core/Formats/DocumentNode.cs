using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// A format-neutral tree of what a YAML or JSON file said, with the location of every node, so
/// that one binder turns either format into a scenario and both report the same problems.
/// </summary>
public abstract record DocumentNode(SourceLocation Location)
{
    public abstract string Kind { get; }
}

/// <summary>How a scalar was written, which decides what it may be read as.</summary>
public enum ScalarStyle
{
    /// <summary>YAML plain scalar: may be a number, a date or text.</summary>
    Plain,

    /// <summary>Quoted YAML text or a JSON string: always text.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>JSON true/false.</summary>
    Boolean,

    /// <summary>JSON null, YAML <c>~</c>, <c>null</c> or nothing.</summary>
    Null,
}

public sealed record ScalarNode(string Text, ScalarStyle Style, SourceLocation Location) : DocumentNode(Location)
{
    public override string Kind => Style switch
    {
        ScalarStyle.Number => "a number",
        ScalarStyle.Boolean => "a boolean",
        ScalarStyle.Null => "nothing (null)",
        _ => "text",
    };
}

public sealed record SequenceNode(IReadOnlyList<DocumentNode> Items, SourceLocation Location) : DocumentNode(Location)
{
    public override string Kind => "a list";
}

public sealed record MappingNode(IReadOnlyList<KeyValuePair<ScalarNode, DocumentNode>> Entries, SourceLocation Location) : DocumentNode(Location)
{
    public override string Kind => "a mapping";
}
