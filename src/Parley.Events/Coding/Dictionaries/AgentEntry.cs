namespace Parley.Events.Coding.Dictionaries;

/// <summary>A role noun ("vice foreign minister" → GOV) from the agents dictionary, with where it is written.</summary>
public sealed record AgentEntry(string Name, string Role, string Source, int Line);
