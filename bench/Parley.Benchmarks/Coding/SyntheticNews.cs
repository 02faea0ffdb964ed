using System.Text;

namespace Parley.Benchmarks.Coding;

/// <summary>
/// GigaWord-like wire sentences built from templates with a seeded random generator: actors with
/// roles and names, dictionary verbs, objects, dates, subordinate "said" clauses and sentences
/// without events, grouped into articles of 20 sentences. Same seed, same text.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] Actors =
    [
        "Russia", "China", "the United States", "North Korea", "South Korea", "Japan", "France", "Germany", "Iran", "Israel",
        "Russian Foreign Minister Sergei Lavrov", "US Secretary of State Mike Pompeo", "Chinese President Xi Jinping",
        "North Korean Vice Foreign Minister Choe Son Hui", "the Japanese government", "Iranian officials", "the UN Security Council",
        "Israeli troops", "Palestinian militants", "the European Union", "Moscow", "Beijing", "Washington", "Pyongyang", "Tokyo",
        "French President Emmanuel Macron", "German Chancellor Angela Merkel", "the Turkish army", "Syrian rebels", "NATO",
    ];

    private static readonly string[] Verbs =
    [
        "met", "met with", "visited", "criticised", "accused", "urged", "threatened", "condemned", "praised", "signed an agreement with",
        "held talks with", "rejected a proposal by", "called on", "warned", "attacked", "offered aid to", "demanded that", "expelled diplomats from",
        "imposed sanctions on", "hosted", "thanked", "negotiated with", "denied accusations by", "arrested", "appealed to",
    ];

    private static readonly string[] Tails =
    [
        "on Tuesday", "over the nuclear programme", "in a statement", "after weeks of tension", "during a visit to the region",
        "on the sidelines of the summit", "over the border dispute", "for the second time this year", "", "", "",
    ];

    private static readonly string[] Fillers =
    [
        "The weather in the capital was mild for the season.",
        "Shares rose 2.5 percent in early trading on the Tokyo stock exchange.",
        "The ceremony was attended by about 3,000 people, according to police.",
        "Analysts said the outcome remained uncertain.",
        "The talks are expected to resume next month.",
    ];

    public static List<string> Articles(int sentences, int perArticle = 20, int seed = 20191125)
    {
        var random = new Random(seed);
        var articles = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < sentences; i++)
        {
            sb.Append(Sentence(random)).Append(' ');
            if ((i + 1) % perArticle == 0 || i == sentences - 1)
            {
                articles.Add(sb.ToString());
                sb.Clear();
            }
        }
        return articles;
    }

    private static string Sentence(Random random)
    {
        int kind = random.Next(10);
        if (kind == 0) return Fillers[random.Next(Fillers.Length)];
        string a = Actors[random.Next(Actors.Length)];
        string b = Actors[random.Next(Actors.Length)];
        string v = Verbs[random.Next(Verbs.Length)];
        string t = Tails[random.Next(Tails.Length)];
        string core = $"{Capital(a)} {v} {b}{(t.Length > 0 ? " " + t : "")}";
        return kind switch
        {
            1 => $"{core}, {Actors[random.Next(Actors.Length)]} said.",
            2 => $"Officials said {a} had {v.Replace("met", "met", StringComparison.Ordinal)} {b} {t}.",
            _ => core + ".",
        };
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
