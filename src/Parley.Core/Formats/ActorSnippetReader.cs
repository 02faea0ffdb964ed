using System.Text;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Reads one actor with its stances from a small YAML snippet, for the what-if option
/// <c>--add</c>:
/// <code>
/// id: EU
/// name: European Union
/// capability: 30
/// stances:
///   sanctions: {position: 60, salience: 40}
///   engagement: {position: 70, salience: 50, rationale: "…"}
/// </code>
/// Stance fields are those of a scenario's stances (position, salience, ranges, sources, rationale).
/// </summary>
public static class ActorSnippetReader
{
    private static readonly string[] SnippetFields = ["id", "name", "capability", "capability_range", "cameo", "group", "sources", "rationale", "stances"];
    private static readonly string[] StanceFields = ["position", "salience", "position_range", "salience_range", "sources", "rationale"];

    public static ParseResult<(Actor Actor, IReadOnlyList<Stance> Stances)> Read(string yaml, string origin = "--add")
    {
        var problems = new ProblemList(origin);
        string? text = TextDecoder.Decode(Encoding.UTF8.GetBytes(yaml), problems);
        var root = text is null ? null : YamlDocumentReader.Read(text, problems);
        if (root is not MappingNode map)
        {
            if (problems.Count == 0) problems.AddGeneral(Rules.WrongType, "an added actor is written as a YAML mapping: id, capability, stances: {DIMENSION: {position, salience}}");
            return ParseResult<(Actor, IReadOnlyList<Stance>)>.ForProblems(problems.Items);
        }
        var f = new FieldReader(map, "", problems, SnippetFields);
        string id = f.String("id", required: true) ?? "";
        var actor = new Actor(id, f.String("name", required: false) ?? id, f.Number("capability", required: true) ?? 0,
            f.Range("capability_range"), f.String("cameo", required: false), f.String("group", required: false),
            f.StringList("sources"), f.String("rationale", required: false));
        var stances = new List<Stance>();
        if (f.Mapping("stances", required: true) is { } stanceMap)
        {
            foreach (var (key, value) in stanceMap.Entries)
            {
                string path = "stances." + key.Text;
                if (value is not MappingNode stanceNode)
                {
                    problems.Add(Rules.WrongType, path, $"expected {{position: …, salience: …}}, found {FieldReader.Describe(value)}", value.Location);
                    continue;
                }
                var s = new FieldReader(stanceNode, path, problems, StanceFields);
                stances.Add(new Stance(id, key.Text, s.Number("position", required: true) ?? double.NaN, s.Number("salience", required: true) ?? double.NaN,
                    s.Range("position_range"), s.Range("salience_range"), s.StringList("sources"), s.String("rationale", required: false)));
            }
        }
        return problems.Count > 0
            ? ParseResult<(Actor, IReadOnlyList<Stance>)>.ForProblems(problems.Items)
            : ParseResult<(Actor, IReadOnlyList<Stance>)>.ForValue((actor, stances));
    }
}
