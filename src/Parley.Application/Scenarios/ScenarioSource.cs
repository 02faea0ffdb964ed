using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Application.Scenarios;

/// <summary>Where a use case's scenario comes from: a file the command line names, bytes a web request sent, or a scenario already read.</summary>
public abstract record ScenarioSource
{
    private ScenarioSource() { }

    /// <summary>A file; <paramref name="Format"/> is the user's spelling (yaml, ktab-csv, …) or null to detect it.</summary>
    public sealed record File(string Path, string? Format = null) : ScenarioSource;

    /// <summary>Bytes with a display name for messages (never a path that is opened).</summary>
    public sealed record Bytes(byte[] Content, string Name, ScenarioFormat? Format = null) : ScenarioSource;

    /// <summary>A scenario read earlier (e.g. a stored one, parsed once).</summary>
    public sealed record Parsed(Scenario Scenario) : ScenarioSource;
}
