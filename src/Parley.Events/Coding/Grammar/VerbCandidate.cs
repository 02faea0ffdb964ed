using Parley.Events.Coding.Dictionaries;

namespace Parley.Events.Coding.Grammar;

/// <summary>A verb of the sentence found in the verb dictionary, with its tokens and whether it is passive.</summary>
public sealed record VerbCandidate(int First, int Last, VerbEntry Entry, bool Passive);
