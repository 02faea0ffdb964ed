using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Grammar;
using Parley.Events.Coding.Text;

namespace Parley.Events.Coding;

/// <summary>A sentence to code: its span in the document, tokens, and a dependency parse when the input had one.</summary>
public sealed record SentenceInput(int Start, int End, int Paragraph, List<Token> Tokens, DependencyParse? Parse = null);

/// <summary>
/// Codes text into CAMEO events, sentence by sentence: date, actors, verb pattern, source and
/// target. Every event carries the rule behind each decision; every sentence gets a report of why
/// it was or was not coded. Deterministic: the same text, date and dictionaries give the same events.
/// </summary>
public sealed class EventCoder(CodingDictionaries dictionaries)
{
    public CodingDictionaries Dictionaries => dictionaries;

    /// <summary>Splits and tokenises plain text, then codes it.</summary>
    public IReadOnlyList<SentenceReport> Code(string text, string document, DateOnly articleDate)
    {
        var sentences = SentenceSplitter.Split(text)
            .Select(s => new SentenceInput(s.Start, s.End, s.Paragraph, Tokenizer.Tokenize(text, s.Start, s.End)))
            .ToList();
        return Code(text, sentences, document, articleDate);
    }

    public IReadOnlyList<SentenceReport> Code(string text, IReadOnlyList<SentenceInput> sentences, string document, DateOnly articleDate)
    {
        var memory = new DocumentMemory();
        var reports = new List<SentenceReport>(sentences.Count);
        var previous = articleDate;
        for (int i = 0; i < sentences.Count; i++)
        {
            var report = CodeSentence(text, sentences[i], i + 1, document, articleDate, previous, memory);
            previous = report.Date;
            reports.Add(report);
        }
        return reports;
    }

    private SentenceReport CodeSentence(string text, SentenceInput input, int index, string document, DateOnly article, DateOnly previous, DocumentMemory memory)
    {
        var tokens = input.Tokens;
        string sentence = text[input.Start..input.End];
        var date = RelativeDates.Resolve(tokens, article, previous);
        var notes = new List<string>();
        var events = new List<CodedEvent>();
        SentenceReport Done() => new(index, input.Start, input.End, sentence, date.Date, date.Rule, events, notes);

        if (input.Paragraph != memory.Paragraph)
        {
            memory.Paragraph = input.Paragraph;
            memory.LastSubjects = null;
        }
        for (int k = 0; k < tokens.Count; k++)
        {
            if (dictionaries.Discards.Phrases.Match(tokens, k, out var discard) > 0)
            {
                notes.Add($"not coded: discard phrase {discard}");
                return Done();
            }
        }

        var mentions = ActorRecognizer.Find(tokens, date.Date, dictionaries, memory);
        foreach (var m in mentions) notes.Add($"actor '{m.Text}' [{m.Start}–{m.End}] → {m.Code}: {m.Rule}");
        var verbs = ShallowGrammar.FindVerbs(tokens, mentions, dictionaries.Verbs);
        if (mentions.Count == 0) notes.Add("not coded: no actor found");
        if (verbs.Count == 0) notes.Add("not coded: no verb of the CAMEO verb dictionary");

        var subjects = new List<RoleAssignment>(verbs.Count);
        for (int v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            string verbText = ActorRecognizer.Span(tokens, verb.First, verb.Last + 1);
            var (code, codeRule) = ChooseCode(tokens, verbs, v);

            var subject = RoleAssignment.None;
            var obj = RoleAssignment.None;
            if (input.Parse is { } parse) (subject, obj) = FromParse(tokens, mentions, verb, parse);
            if (subject.Actors.Count == 0) subject = ShallowGrammar.Subject(tokens, mentions, verbs, v, subjects, memory);
            subjects.Add(subject);
            if (obj.Actors.Count == 0) obj = ShallowGrammar.Object(tokens, mentions, verbs, v, subject.Actors);

            var source = subject;
            var target = obj;
            if (verb.Passive && input.Parse is null)
            {
                var agent = ShallowGrammar.PassiveAgent(tokens, mentions, verbs, v);
                if (agent.Actors.Count > 0) { source = agent; target = subject with { Rule = subject.Rule + " (passive: the subject is the target)" }; }
            }

            if (code.IsEmpty)
            {
                notes.Add($"verb '{verbText}': {codeRule} — no event code");
                continue;
            }
            var pairs = new List<(ActorMention S, ActorMention T, string Code, string Rule)>();
            // "The two diplomats met in Beijing": a compound subject meeting somewhere met each other, not the place.
            if (source.Actors.Count > 1 && target.Rule.Contains("place '", StringComparison.Ordinal)) target = RoleAssignment.None;
            if (source.Actors.Count > 0 && target.Actors.Count > 0)
            {
                foreach (var s in source.Actors)
                foreach (var t in target.Actors)
                {
                    if (s.Code == t.Code || SameCountryArtifact(s, t)) continue;
                    if (code.Primary is { } p) pairs.Add((s, t, p, ""));
                    if (code.Paired is { } q && (code.Primary is null || code.Primary == q)) pairs.Add((t, s, q, code.Primary is null ? " (reverse event of a [:code] pattern)" : " (paired event: both directions)"));
                }
            }
            else if (source.Actors.Count > 1 && target.Actors.Count == 0 && code.Primary is { } reciprocal)
            {
                // "Brazil and the United States agreed", "the two diplomats met": each with the other.
                foreach (var s in source.Actors)
                foreach (var t in source.Actors)
                {
                    if (s.Code != t.Code && !SameCountryArtifact(s, t)) pairs.Add((s, t, reciprocal, " (compound subject without object: each with the other)"));
                }
                target = new RoleAssignment(source.Actors, "compound subject: each actor is the other's target");
            }
            if (pairs.Count == 0)
            {
                string missing = source.Actors.Count == 0 ? "no source before the verb" : "no target after the verb";
                notes.Add($"verb '{verbText}' {code}: not coded, {missing}");
                continue;
            }
            foreach (var (s, t, c, extra) in pairs)
            {
                if (events.Any(e => e.SourceCode == s.Code && e.TargetCode == t.Code && e.EventCode == c)) continue;
                var sRule = source.Actors.Contains(s) ? source.Rule : target.Rule;
                var tRule = target.Actors.Contains(t) ? target.Rule : source.Rule;
                events.Add(new CodedEvent(document, index, date.Date, date.Rule,
                    s.Code, s.Country, new Evidence(s.Text, s.Start, s.End), $"{sRule}; {s.Rule}",
                    t.Code, t.Country, new Evidence(t.Text, t.Start, t.End), $"{tRule}; {t.Rule}",
                    c, new Evidence(verbText, tokens[verb.First].Start, tokens[verb.Last].End), codeRule + extra,
                    sentence, input.Start));
            }
        }
        foreach (var e in events) notes.Add($"coded {e.SourceCode} {e.EventCode} {e.TargetCode}: verb '{e.Verb.Text}' {e.EventRule}");
        foreach (var m in mentions) memory.Saw(m);
        var firstSubject = subjects.FirstOrDefault(s => s.Actors.Count > 0);
        if (firstSubject is not null) memory.LastSubjects = firstSubject.Actors;
        return Done();
    }

    /// <summary>
    /// "France … French presidency", "the United States … U.S. Central Command": a country and its own
    /// organ in one clause are one side, not a dyad. Domestic events between two roles (SYRMIL → SYRREB) stay.
    /// </summary>
    private static bool SameCountryArtifact(ActorMention s, ActorMention t) =>
        s.Country is { } c && c == t.Country && (s.Role.Length == 0 || t.Role.Length == 0);

    /// <summary>The code of the verb: the best-matching pattern of its block (most pattern words), else the verb's own or the block's code.</summary>
    private (EventCodePair Code, string Rule) ChooseCode(IReadOnlyList<Token> tokens, IReadOnlyList<VerbCandidate> verbs, int v)
    {
        var verb = verbs[v];
        var block = verb.Entry.Block;
        int clauseStart = ShallowGrammar.ClauseStart(tokens, verbs, v);
        int clauseEnd = v + 1 < verbs.Count ? tokens.Count : tokens.Count;
        VerbPattern? best = null;
        foreach (var pattern in block.Patterns)
        {
            if (best is not null && pattern.Weight <= best.Weight) continue;
            if (PatternMatcher.Matches(pattern, tokens, clauseStart, verb.First, verb.Last + 1, clauseEnd, dictionaries.Verbs.Synsets)) best = pattern;
        }
        if (best is not null) return (best.Code, $"pattern '- {best.Text}' of verb block {block.Name} ({best.Source}:{best.Line})");
        var code = verb.Entry.DefaultCode;
        string whose = verb.Entry.Code is not null ? $"verb {verb.Entry.Lemma} ({block.Source}:{verb.Entry.Line})" : $"verb block {block.Name} ({block.Source}:{block.Line})";
        return (code, $"default code {code} of {whose}");
    }

    /// <summary>Source and target from a dependency parse: nsubj → source, obj/obl → target; passive nsubj:pass → target, obl:agent → source.</summary>
    private static (RoleAssignment Subject, RoleAssignment Object) FromParse(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, VerbCandidate verb, DependencyParse parse)
    {
        var subjects = new List<ActorMention>();
        var objects = new List<ActorMention>();
        string subjectRel = "", objectRel = "";
        foreach (var m in mentions)
        {
            string? relation = null;
            for (int k = m.First; k <= m.Last && relation is null; k++) relation = parse.RelationTo(k, verb.First);
            if (relation is null) continue;
            string head = relation.Split(':')[0];
            bool passiveSubject = relation is "nsubj:pass" or "csubj:pass";
            bool agent = relation == "obl:agent" || head == "obl" && m.First > 0 && tokens[m.First - 1].Norm == "BY" && verb.Passive;
            if ((head is "nsubj" && !passiveSubject) || agent) { subjects.Add(m); subjectRel = relation; }
            else if (passiveSubject || head is "obj" or "iobj" or "obl" or "nmod" or "dobj") { objects.Add(m); objectRel = relation; }
        }
        var s = subjects.Count > 0 ? new RoleAssignment(subjects.DistinctBy(x => x.Code).ToList(), $"dependency parse: {subjectRel} of the verb") : RoleAssignment.None;
        var o = objects.Count > 0 ? new RoleAssignment(objects.Take(1).ToList(), $"dependency parse: {objectRel} of the verb") : RoleAssignment.None;
        return (s, o);
    }
}
