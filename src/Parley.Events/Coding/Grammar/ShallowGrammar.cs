using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Grammar;

/// <summary>Who did it and to whom, with the rule that said so.</summary>
public sealed record RoleAssignment(IReadOnlyList<ActorMention> Actors, string Rule)
{
    public static readonly RoleAssignment None = new([], "");
}

/// <summary>
/// Source and target without a parser, as TABARI did: the subject is the first actor of the
/// verb's clause not governed by a preposition (actors joined by "and" form a compound subject);
/// the target is the first actor after the verb phrase — a direct object, or the object of
/// "with", "to", "against", … — unless that actor starts a clause of its own. Passives ("was
/// invited by X") swap the roles. Clauses end at the next verb, at "that"/"which"/"who" and at ';'.
/// </summary>
public static class ShallowGrammar
{
    public static readonly HashSet<string> Auxiliaries =
        ["BE", "IS", "ARE", "AM", "WAS", "WERE", "BEEN", "BEING", "HAVE", "HAS", "HAD", "HAVING", "DO", "DOES", "DID", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "NOT", "N'T", "ALSO", "TO"];

    private static readonly HashSet<string> BeForms = ["BE", "IS", "ARE", "AM", "WAS", "WERE", "BEEN", "BEING", "GET", "GOT"];

    private static readonly HashSet<string> Determiners =
        ["THE", "A", "AN", "HIS", "HER", "ITS", "THEIR", "OUR", "MY", "YOUR", "THIS", "THESE", "THOSE", "'S", "OF", "ANY", "EACH", "EVERY", "NO", "FIRST", "SECOND", "LAST", "STRATEGIC", "SUCH"];

    public static readonly HashSet<string> Prepositions =
        ["IN", "AT", "OF", "FROM", "WITH", "TO", "FOR", "ON", "AGAINST", "BY", "INTO", "NEAR", "ABOUT", "OVER", "AFTER", "BEFORE", "DURING", "BETWEEN", "AMONG", "UNDER", "THROUGH", "TOWARD", "TOWARDS", "WITHIN", "ACROSS", "INCLUDING", "LIKE", "THAN", "VIA", "BEHIND", "ALONG", "AROUND", "OUTSIDE", "INSIDE", "UPON"];

    private static readonly HashSet<string> Locatives = ["IN", "AT", "NEAR", "DURING", "INSIDE", "OUTSIDE", "ACROSS", "AROUND", "WITHIN"];

    private static readonly HashSet<string> ClauseMarkers = ["THAT", "WHICH", "WHO", "WHOM", "WHILE", "WHEREAS", "BECAUSE", "ALTHOUGH", "THOUGH", "IF", "WHEN", "AFTER", "BEFORE", "AS", ";", ":", "--", "SAYING"];

    private static readonly HashSet<string> Pronouns = ["HE", "SHE", "THEY", "IT"];

    public static List<VerbCandidate> FindVerbs(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, VerbDictionary verbs)
    {
        var inMention = new bool[tokens.Count];
        foreach (var m in mentions) for (int k = m.First; k <= m.Last && k < tokens.Count; k++) inMention[k] = true;
        var result = new List<VerbCandidate>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (inMention[i] || !tokens[i].IsWord || Auxiliaries.Contains(tokens[i].Norm)) { i++; continue; }
            int len = verbs.Forms.Match(tokens, i, out var entry);
            if (len == 0) { i++; continue; }
            // A determiner or possessive before the word makes it a noun ("the visit", "Russia's call").
            if (i > 0 && Determiners.Contains(tokens[i - 1].Norm)) { i += len; continue; }
            // Capitalised mid-sentence words are names or titles, not verbs.
            if (i > 0 && tokens[i].IsCapitalised && !(tokens[i - 1].Norm is "``" or "\"" or "'")) { i += len; continue; }
            if (LooksLikeNoun(tokens, inMention, i, entry!)) { i += len; continue; }
            bool passive = IsPassive(tokens, i);
            result.Add(new VerbCandidate(i, i + len - 1, entry!, passive));
            i += len;
        }
        return result;
    }

    /// <summary>
    /// Without a tagger: after a preposition ("by telephone", "for talks") a verb form is a noun, and so is
    /// an uninflected form closing a noun phrase opened by a determiner ("the joint action plan").
    /// </summary>
    private static bool LooksLikeNoun(IReadOnlyList<Token> tokens, bool[] inMention, int i, VerbEntry entry)
    {
        if (i == 0) return false;
        var previous = tokens[i - 1].Norm;
        if (previous != "TO" && Prepositions.Contains(previous)) return true;
        bool uninflected = tokens[i].Norm == DictionaryWords(entry.Lemma);
        if (!uninflected) return false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (inMention[k] || !tokens[k].IsWord || Prepositions.Contains(tokens[k].Norm) || Auxiliaries.Contains(tokens[k].Norm)) return false;
            if (Determiners.Contains(tokens[k].Norm)) return true;
        }
        return false;
    }

    private static string DictionaryWords(string lemma)
    {
        int cut = lemma.IndexOfAny(['_', ' ']);
        return cut < 0 ? lemma : lemma[..cut];
    }

    private static bool IsPassive(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Norm;
        if (!(w.EndsWith("ED", StringComparison.Ordinal) || w.EndsWith("EN", StringComparison.Ordinal) || w.EndsWith('T'))) return false;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (BeForms.Contains(tokens[k].Norm)) return true;
            if (!(tokens[k].Norm.EndsWith("LY", StringComparison.Ordinal) || tokens[k].Norm is "NOT" or "ALSO" or "REPORTEDLY")) return false;
        }
        return false;
    }

    /// <summary>Start of the clause of verb <paramref name="v"/>: after the previous verb or clause marker.</summary>
    public static int ClauseStart(IReadOnlyList<Token> tokens, IReadOnlyList<VerbCandidate> verbs, int v)
    {
        int start = v > 0 ? verbs[v - 1].Last + 1 : 0;
        for (int k = verbs[v].First - 1; k >= start; k--)
        {
            if (tokens[k].Norm is ";" or ":" or "--" || tokens[k].Norm is "WHICH" or "WHILE" or "WHEREAS" or "BECAUSE") return k + 1;
        }
        return start;
    }

    /// <summary>End (exclusive) of the clause after the verb: the next verb, a clause marker, or the sentence end.</summary>
    public static int ClauseEnd(IReadOnlyList<Token> tokens, IReadOnlyList<VerbCandidate> verbs, int v)
    {
        int end = v + 1 < verbs.Count ? verbs[v + 1].First : tokens.Count;
        for (int k = verbs[v].Last + 1; k < end; k++)
        {
            if (ClauseMarkers.Contains(tokens[k].Norm) && !(tokens[k].Norm is "AFTER" or "BEFORE" or "AS" && k > 0 && tokens[k - 1].Norm == ",")) return k;
        }
        return end;
    }

    public static RoleAssignment Subject(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, IReadOnlyList<VerbCandidate> verbs, int v,
        IReadOnlyList<RoleAssignment> earlierSubjects, DocumentMemory memory)
    {
        var verb = verbs[v];
        int start = ClauseStart(tokens, verbs, v);
        var inClause = mentions.Where(m => m.First >= start && m.Last < verb.First).ToList();
        var free = inClause.Where(m => !GovernedByPreposition(tokens, m, start)).ToList();
        if (free.Count > 0)
        {
            var compound = Compound(tokens, free, free[0]);
            string how = compound.Count > 1 ? $"compound subject '{string.Join(" + ", compound.Select(c => c.Text))}'" : $"subject '{compound[0].Text}'";
            return new RoleAssignment(compound, $"shallow grammar: {how} before the verb");
        }
        // "prepared to attend", "wants to help": an infinitive shares the subject of the verb it depends on.
        if (v > 0 && earlierSubjects[v - 1].Actors.Count > 0 && verb.First > 0 && tokens[verb.First - 1].Norm == "TO" && verbs[v - 1].Last >= verb.First - 4)
        {
            return new RoleAssignment(earlierSubjects[v - 1].Actors, $"shallow grammar: infinitive shares the subject of '{ActorRecognizer.Span(tokens, verbs[v - 1].First, verbs[v - 1].Last + 1)}'");
        }
        // "X arrived and met Y": a verb coordinated with the previous one shares its subject.
        if (v > 0 && earlierSubjects[v - 1].Actors.Count > 0 && Between(tokens, verbs[v - 1].Last + 1, verb.First).Any(t => t.Norm is "AND" or "," or "THEN"))
        {
            return new RoleAssignment(earlierSubjects[v - 1].Actors, $"shallow grammar: coordinated verb shares the subject of '{ActorRecognizer.Span(tokens, verbs[v - 1].First, verbs[v - 1].Last + 1)}'");
        }
        // "who met …": the actor just before the relative pronoun.
        if (start > 0 && tokens[start - 1].Norm is "WHO" or "WHICH" || Between(tokens, start, verb.First).Any(t => t.Norm == "WHO"))
        {
            var before = mentions.LastOrDefault(m => m.Last < verb.First);
            if (before is not null) return new RoleAssignment([before], $"shallow grammar: relative clause, subject '{before.Text}'");
        }
        // "He said", "They agreed": the subject of the previous sentence.
        for (int k = start; k < verb.First; k++)
        {
            if (Pronouns.Contains(tokens[k].Norm) && memory.LastSubjects is { Count: > 0 } last)
            {
                return new RoleAssignment(last, $"coreference: '{tokens[k].Text}' = previous subject {string.Join("+", last.Select(m => m.Code))}");
            }
        }
        return RoleAssignment.None;
    }

    public static RoleAssignment Object(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, IReadOnlyList<VerbCandidate> verbs, int v, IReadOnlyList<ActorMention> subject)
    {
        var verb = verbs[v];
        int end = ClauseEnd(tokens, verbs, v);
        var after = mentions.Where(m => m.First > verb.Last && m.First < end && !subject.Any(s => s.Code == m.Code)).ToList();
        ActorMention? locative = null;
        foreach (var m in after)
        {
            // "… said Russia would …": an actor followed by its own verb is a subject, not an object.
            if (StartsClause(tokens, verbs, m)) break;
            string? prep = m.First > 0 && Prepositions.Contains(tokens[m.First - 1].Norm) ? tokens[m.First - 1].Norm : null;
            if (prep is null && m.First > 1 && tokens[m.First - 1].Norm is "THE" && Prepositions.Contains(tokens[m.First - 2].Norm)) prep = tokens[m.First - 2].Norm;
            if (prep is "BY" && verb.Passive) continue;
            if (prep is not null && Locatives.Contains(prep)) { locative ??= m; continue; }
            var compound = Compound(tokens, after, m);
            string how = prep is null ? "object" : $"'{prep.ToLowerInvariant()}' object";
            return new RoleAssignment(compound, $"shallow grammar: {how} '{string.Join(" + ", compound.Select(c => c.Text))}' after the verb");
        }
        if (locative is not null)
        {
            return new RoleAssignment([locative], $"shallow grammar: place '{locative.Text}' after the verb (no other object)");
        }
        return RoleAssignment.None;
    }

    /// <summary>In a passive clause the agent ("by X") is the source and the grammatical subject the target.</summary>
    public static RoleAssignment PassiveAgent(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, IReadOnlyList<VerbCandidate> verbs, int v)
    {
        var verb = verbs[v];
        int end = ClauseEnd(tokens, verbs, v);
        foreach (var m in mentions)
        {
            if (m.First <= verb.Last || m.First >= end) continue;
            int p = m.First - 1;
            if (p > 0 && tokens[p].Norm == "THE") p--;
            if (p >= 0 && tokens[p].Norm == "BY") return new RoleAssignment(Compound(tokens, mentions, m), $"shallow grammar: passive, agent 'by {m.Text}'");
        }
        return RoleAssignment.None;
    }

    private static bool StartsClause(IReadOnlyList<Token> tokens, IReadOnlyList<VerbCandidate> verbs, ActorMention m)
    {
        int k = m.Last + 1;
        while (k < tokens.Count && Auxiliaries.Contains(tokens[k].Norm)) k++;
        return verbs.Any(v => v.First == k) && (k > m.Last + 1 || !tokens[m.First].IsLowerCase);
    }

    private static bool GovernedByPreposition(IReadOnlyList<Token> tokens, ActorMention m, int clauseStart)
    {
        for (int k = m.First - 1; k >= clauseStart && k >= m.First - 3; k--)
        {
            var w = tokens[k].Norm;
            if (Prepositions.Contains(w)) return true;
            if (w is "THE" || !tokens[k].IsWord) continue;
            return false;
        }
        return false;
    }

    /// <summary>The mention and those joined to it by "and" or commas ("Brazil and the United States").</summary>
    private static List<ActorMention> Compound(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> candidates, ActorMention head)
    {
        var result = new List<ActorMention> { head };
        // "the two diplomats" already holds several actors on the same tokens.
        foreach (var same in candidates) if (!ReferenceEquals(same, head) && same.First == head.First && same.Last == head.Last) result.Add(same);
        var current = head;
        foreach (var next in candidates.Where(c => c.First > head.Last).OrderBy(c => c.First))
        {
            var gap = Between(tokens, current.Last + 1, next.First).Select(t => t.Norm).ToList();
            if (gap.Count is >= 1 and <= 2 && gap.All(g => g is "AND" or "," or "THE") && gap.Contains("AND") || gap is [","])
            {
                result.Add(next);
                current = next;
            }
            else break;
        }
        return result.DistinctBy(r => r.Code).ToList();
    }

    private static IEnumerable<Token> Between(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++) yield return tokens[k];
    }
}
