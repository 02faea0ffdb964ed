using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Grammar;

/// <summary>
/// Finds actors in a sentence: the longest actor-dictionary phrase (countries, capitals, people
/// with date-restricted codes, organisations), combined with an adjacent role noun from the agents
/// dictionary ("North Korean" + "vice foreign minister" → PRKGOV; "minister of Russia" → RUSGOV),
/// plus coreference from the document memory ("the two diplomats", a surname seen after a role).
/// </summary>
public static class ActorRecognizer
{
    private static readonly HashSet<string> CountryPrepositions = ["OF", "FROM", "IN"];

    private static readonly HashSet<string> GroupNouns =
        ["DIPLOMATS", "SIDES", "COUNTRIES", "ENVOYS", "LEADERS", "MINISTERS", "DELEGATIONS", "NATIONS", "GOVERNMENTS", "OFFICIALS", "PRESIDENTS", "NEGOTIATORS"];

    private static readonly HashSet<string> NotNames =
        ["THE", "A", "AN", "ON", "IN", "AT", "AND", "OF", "FOR", "TO", "WITH", "HAS", "HAD", "IS", "WAS", "SAID", "WILL", "WHO", "WHICH"];

    public static List<ActorMention> Find(IReadOnlyList<Token> tokens, DateOnly date, CodingDictionaries dictionaries, DocumentMemory memory, bool[]? blocked = null)
    {
        var mentions = new List<ActorMention>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (blocked is not null && blocked[i]) { i++; continue; }
            if (TheTwo(tokens, i, memory) is { } pair)
            {
                mentions.AddRange(pair);
                i += 3;
                continue;
            }
            int actorLength = ActorAt(tokens, i, dictionaries, out var actor);
            AgentEntry? agent = null;
            int agentLength = actorLength == 0 ? dictionaries.Agents.Phrases.Match(tokens, i, out agent) : 0;
            if (actorLength == 0 && agentLength == 0)
            {
                if (tokens[i].IsCapitalised && memory.Names.TryGetValue(tokens[i].Norm, out var named))
                {
                    mentions.Add(named with { First = i, Last = i, Start = tokens[i].Start, End = tokens[i].End, Text = tokens[i].Text, Rule = $"coreference: '{tokens[i].Text}' named earlier as {named.Code}" });
                }
                i++;
                continue;
            }
            int first = i;
            string? countryCode = null;
            string rule;
            if (actorLength > 0)
            {
                countryCode = actor!.CodeOn(date);
                rule = $"actor dictionary: '{Span(tokens, i, i + actorLength)}' → {actor.Name} {countryCode} ({actor.Source}:{actor.Line}{(actor.IsDateRestricted ? $", dated entry for {date:yyyy-MM-dd}" : "")})";
                i += actorLength;
                // "Russia's foreign ministry", "North Korean vice foreign minister"
                int j = i < tokens.Count && tokens[i].Norm == "'S" ? i + 1 : i;
                j = SkipTitles(tokens, j);
                int len = j < tokens.Count ? dictionaries.Agents.Phrases.Match(tokens, j, out agent) : 0;
                if (len > 0 && countryCode is not null && countryCode.Length == 3)
                {
                    rule += $" + role '{Span(tokens, j, j + len)}' → {agent!.Role} ({agent.Source}:{agent.Line})";
                    countryCode += agent.Role;
                    i = j + len;
                }
            }
            else
            {
                // A role noun without country: look for "of/from/in COUNTRY" after it, else leave it without one.
                i += agentLength;
                rule = $"role '{Span(tokens, first, i)}' → {agent!.Role} ({agent.Source}:{agent.Line})";
                // "President Michel Suleiman": a person the actor dictionary knows keeps their own code.
                if (i < tokens.Count && ActorAt(tokens, i, dictionaries, out var person) is int pl and > 0 && person!.CodeOn(date) is { Length: > 3 } personCode)
                {
                    rule = $"role '{Span(tokens, first, i)}' + actor dictionary: '{Span(tokens, i, i + pl)}' → {person.Name} {personCode} ({person.Source}:{person.Line}{(person.IsDateRestricted ? $", dated entry for {date:yyyy-MM-dd}" : "")})";
                    countryCode = personCode;
                    i += pl;
                }
                else if (i + 1 < tokens.Count && CountryPrepositions.Contains(tokens[i].Norm) && ActorAt(tokens, i + 1, dictionaries, out var owner) is int ol and > 0
                    && owner!.CodeOn(date) is { Length: 3 } ownerCode)
                {
                    rule = $"role '{Span(tokens, first, i)}' → {agent.Role} of '{Span(tokens, i + 1, i + 1 + ol)}' → {ownerCode} ({owner.Source}:{owner.Line})";
                    countryCode = ownerCode + agent.Role;
                    i += 1 + ol;
                }
                else
                {
                    countryCode = agent.Role.Length >= 3 ? "---" + agent.Role : null;
                }
            }
            if (countryCode is null) continue;
            int last = i - 1;
            var mention = new ActorMention(first, last, tokens[first].Start, tokens[last].End, countryCode, Span(tokens, first, i), rule);
            // "Special Representative for North Korea", "ambassador to China": the country describes the role, it is no actor.
            if (mention.Country is not null && mention.Role.Length > 0 && i + 1 < tokens.Count && tokens[i].Norm is "FOR" or "TO" or "ON" && ActorAt(tokens, i + 1, dictionaries, out _) is int portfolio and > 0)
            {
                i += 1 + portfolio;
                mention = mention with { Last = i - 1, End = tokens[i - 1].End, Text = Span(tokens, first, i), Rule = mention.Rule + $"; '{Span(tokens, i - 1 - portfolio, i)}' describes the role" };
            }
            // A person's name after a role ("… Minister Igor Morgulov") is part of the mention and remembered.
            int k = i;
            while (k < tokens.Count && k < i + 3 && tokens[k].IsCapitalised && tokens[k].IsWord && !NotNames.Contains(tokens[k].Norm)
                && ActorAt(tokens, k, dictionaries, out _) == 0 && dictionaries.Verbs.Forms.Match(tokens, k, out _) == 0) k++;
            if (k > i && mention.Role.Length > 0)
            {
                for (int n = i; n < k; n++) memory.Names[tokens[n].Norm] = mention;
                mention = mention with { Last = k - 1, End = tokens[k - 1].End, Text = Span(tokens, first, k), Rule = mention.Rule + $"; name '{Span(tokens, i, k)}' remembered" };
                i = k;
            }
            mentions.Add(mention);
        }
        return mentions;
    }

    private static int ActorAt(IReadOnlyList<Token> tokens, int i, CodingDictionaries dictionaries, out ActorEntry? actor)
    {
        int len = dictionaries.Actors.Phrases.Match(tokens, i, out actor);
        // "us", "it", "in": a short lower-case word is never a proper name (US_ = USA).
        if (len == 1 && tokens[i].IsLowerCase && tokens[i].Norm.Length <= 3) { actor = null; return 0; }
        if (len > 0 && actor!.CodeOn(DateOnly.MinValue) is null && actor.Codes.All(c => c.IsDefault)) { actor = null; return 0; }
        return len;
    }

    /// <summary>"Deputy", "Vice", "Senior", "top": words before a role that the agents dictionary does not list.</summary>
    private static int SkipTitles(IReadOnlyList<Token> tokens, int j)
    {
        while (j < tokens.Count && tokens[j].Norm is "SENIOR" or "TOP" or "FIRST" or "FORMER" or "ACTING") j++;
        return j;
    }

    /// <summary>"the two diplomats/sides/countries" → the last two actors of different countries named in the document.</summary>
    private static List<ActorMention>? TheTwo(IReadOnlyList<Token> tokens, int i, DocumentMemory memory)
    {
        if (i + 2 >= tokens.Count || tokens[i].Norm != "THE" || tokens[i + 1].Norm is not ("TWO" or "BOTH") || !GroupNouns.Contains(tokens[i + 2].Norm)) return null;
        bool people = tokens[i + 2].Norm is not ("SIDES" or "COUNTRIES" or "NATIONS" or "GOVERNMENTS");
        var last = memory.LastDistinct(2, people);
        if (last.Count < 2) return null;
        string text = Span(tokens, i, i + 3);
        return last.Select(m => m with
        {
            First = i, Last = i + 2, Start = tokens[i].Start, End = tokens[i + 2].End, Text = text,
            Rule = $"coreference: '{text}' = the last two actors named ({string.Join(", ", last.Select(x => x.Code))}); this one {m.Code}",
        }).ToList();
    }

    public static string Span(IReadOnlyList<Token> tokens, int from, int to) => string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => t.Text));
}
