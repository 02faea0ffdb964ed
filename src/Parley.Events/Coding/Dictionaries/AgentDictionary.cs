namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// Role nouns of the PETRARCH agents dictionary: "VICE_FOREIGN_MINISTER [~GOV]", substitution sets
/// ("!PERSON! = MAN, MEN, WOMAN, …" expand "CATTLE!PERSON!"), irregular plurals in braces.
/// Regular plurals are matched by the phrase look-up, as PETRARCH generates them.
/// </summary>
public sealed class AgentDictionary
{
    private readonly Dictionary<string, string[]> substitutions = new(StringComparer.Ordinal);

    public PhraseTrie<AgentEntry> Phrases { get; } = new();

    public void Load(TextReader reader, string source)
    {
        foreach (var (line, raw) in DictionaryText.Lines(reader))
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            if (text[0] == '!' && text.IndexOf('=') is int eq and > 0)
            {
                substitutions[text[..eq].Trim()] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            int open = text.LastIndexOf('[');
            int close = open < 0 ? -1 : text.IndexOf(']', open);
            if (open < 0 || close < 0) continue;
            string role = text[(open + 1)..close].Replace("~", "", StringComparison.Ordinal).Trim();
            if (role.Length == 0 || role == "---") continue;
            string names = text[..open];
            var forms = new List<string>();
            int brace = names.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = names.IndexOf('}', brace);
                if (braceEnd > brace) forms.AddRange(names[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                names = names[..brace];
            }
            forms.Insert(0, names.Trim());
            foreach (var form in forms)
            {
                foreach (var expanded in Expand(form))
                {
                    var entry = new AgentEntry(form.Trim('_'), role, source, line);
                    Phrases.Add(DictionaryText.Words(expanded), entry);
                }
            }
        }
    }

    public void Add(string phrase, string role, string source, int line) =>
        Phrases.Add(DictionaryText.Words(phrase), new AgentEntry(phrase, role, source, line));

    private IEnumerable<string> Expand(string form)
    {
        int a = form.IndexOf('!');
        int b = a < 0 ? -1 : form.IndexOf('!', a + 1);
        if (a < 0 || b < 0 || !substitutions.TryGetValue(form[a..(b + 1)], out var values))
        {
            yield return form;
            yield break;
        }
        foreach (var v in values)
        {
            foreach (var rest in Expand(form[..a] + v + form[(b + 1)..])) yield return rest;
        }
    }
}
