namespace Parley.Events.Coding.Input;

/// <summary>A document to code: its name (the file), its text, and its sentences when the input was already parsed (CoNLL-U).</summary>
public sealed record CodingDocument(string Name, string Path, string Text, IReadOnlyList<SentenceInput>? Sentences);
