namespace Parley.Storage.Scenarios;

/// <summary>A scenario file as the user uploaded or edited it, kept verbatim (comments and all).</summary>
/// <param name="FileName">Display name only, never a path: it picks the format by extension and names the file in messages.</param>
public sealed record StoredScenario(string Id, string Title, string FileName, string Content, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One analysis run on a stored scenario and its result, in the CLI's JSON contract.</summary>
public sealed record StoredRun(string Id, string ScenarioId, string Kind, string Request, string Result, DateTimeOffset CreatedAt);
