namespace Parley.Events.Coding.Validation;

/// <summary>A hand-coded event of a gold record (codes as the gold set writes them; actors may be absent).</summary>
public sealed record GoldEvent(string? Source, string? Target, string? Code, string? Plover);

/// <summary>A gold sentence: its text (or CoNLL-U parse), date, and gold events (empty = "no event").</summary>
public sealed record GoldRecord(string Id, string Category, DateOnly Date, string Text, string? Conllu, IReadOnlyList<GoldEvent> Events);

/// <summary>A gold set: records plus what it measures (event code, PLOVER category, actors).</summary>
public sealed record GoldSet(string Name, IReadOnlyList<GoldRecord> Records, bool HasActors, bool PloverOnly);
