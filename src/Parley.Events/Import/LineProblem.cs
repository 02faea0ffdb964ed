namespace Parley.Events.Import;

/// <summary>Why one line of an input file could not become an event: the field and a message a person can act on.</summary>
public readonly record struct LineProblem(string Field, string Message);
