namespace Parley.Application.Scenarios;

/// <summary>
/// The what-if edits as the user wrote them: <c>set</c> ACTOR.DIMENSION.position=V (or salience,
/// or ACTOR.capability=V), <c>drop</c> ACTOR, <c>add</c> a YAML snippet. Only a face that may read
/// the user's files (the command line) sets <paramref name="AddMayNameFiles"/>, so that the web
/// API never opens a path it was sent.
/// </summary>
public sealed record WhatIfEdits(IReadOnlyList<string> Set, IReadOnlyList<string> Drop, IReadOnlyList<string> Add, bool AddMayNameFiles = false)
{
    public static readonly WhatIfEdits None = new([], [], []);

    public bool Any => Set.Count + Drop.Count + Add.Count > 0;
}
