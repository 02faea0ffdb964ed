namespace Parley.Events.Coding;

/// <summary>A span of the document that a decision rests on: its text and character offsets.</summary>
public readonly record struct Evidence(string Text, int Start, int End);

/// <summary>
/// One event coded from text: date, source and target CAMEO actor codes, the CAMEO event code,
/// the sentence it came from, the offsets of source, verb and target, and the rules that decided
/// actors, event type and date — so a reader can check each decision against the text.
/// </summary>
public sealed record CodedEvent(
    string Document,
    int SentenceIndex,
    DateOnly Date,
    string DateRule,
    string SourceCode,
    string? SourceCountry,
    Evidence Source,
    string SourceRule,
    string TargetCode,
    string? TargetCountry,
    Evidence Target,
    string TargetRule,
    string EventCode,
    Evidence Verb,
    string EventRule,
    string Sentence,
    int SentenceStart)
{
    /// <summary>Identifies the event within its dataset: re-coding the same file keys it the same way.</summary>
    public string Key => $"{SentenceIndex}:{Verb.Start}:{SourceCode}:{TargetCode}:{EventCode}";
}

/// <summary>Why a sentence was or was not coded, for --explain.</summary>
public sealed record SentenceReport(int Index, int Start, int End, string Text, DateOnly Date, string DateRule, IReadOnlyList<CodedEvent> Events, IReadOnlyList<string> Notes);
