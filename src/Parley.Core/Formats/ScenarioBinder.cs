using System.Collections.Immutable;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Turns a YAML or JSON document tree into a <see cref="Scenario"/>, recording every problem with
/// its location. Missing or malformed values are reported here and replaced by placeholders, so
/// that binding goes on and the user sees every problem in one pass; the result is only handed out
/// when the problem list is empty.
/// </summary>
internal static class ScenarioBinder
{
    private static readonly string[] ScenarioFields = ["title", "as_of", "question", "description", "salience_scale", "sources", "dimensions", "actors", "stances", "parameters", "accommodation", "decision_rule"];
    private static readonly string[] SourceFields = ["id", "citation", "url"];
    private static readonly string[] DimensionFields = ["id", "label", "scale", "anchors", "status_quo", "description", "decision_rule", "observed"];
    private static readonly string[] ScaleFields = ["min", "max"];
    private static readonly string[] AnchorFields = ["value", "label"];
    private static readonly string[] ActorFields = ["id", "name", "capability", "capability_range", "cameo", "group", "sources", "rationale"];
    private static readonly string[] StanceFields = ["actor", "dimension", "position", "salience", "position_range", "salience_range", "sources", "rationale"];
    private static readonly string[] AccommodationFields = ["actor", "toward", "rate"];
    private static readonly string[] DecisionRuleFields = ["rule", "members", "veto_players", "agenda_setter", "status_quo_fallback", "threshold", "weights", "criteria", "min_members", "wins_with_members", "permanent", "rationale", "sources"];
    private static readonly string[] CriterionFields = ["name", "weights", "threshold"];
    private static readonly string[] ObservedFields = ["value", "date", "agreement", "sources", "note"];

    public static Scenario? Bind(DocumentNode root, ProblemList problems)
    {
        if (root is not MappingNode map)
        {
            problems.AddGeneral(Rules.WrongType, $"the file must hold a mapping of scenario fields (title, actors, dimensions, stances), found {root.Kind}", root.Location);
            return null;
        }
        var f = new FieldReader(map, "", problems, ScenarioFields);

        string title = f.String("title", required: true) ?? "";
        var asOf = f.Date("as_of");
        string? question = f.String("question", required: false);
        string? description = f.String("description", required: false);
        var salienceScale = ReadSalienceScale(f);
        var sources = ReadList(f, "sources", required: false, problems, SourceFields, ReadSource);
        var dimensions = ReadList(f, "dimensions", required: true, problems, DimensionFields, ReadDimension);
        var actors = ReadList(f, "actors", required: true, problems, ActorFields, ReadActor);
        var stances = ReadList(f, "stances", required: true, problems, StanceFields, ReadStance);
        var parameters = ReadParameters(f, problems);
        var accommodation = ReadList(f, "accommodation", required: false, problems, AccommodationFields, ReadAccommodation);
        var rule = ReadDecisionRule(f);

        return new Scenario(title, actors, dimensions, stances, asOf, question, salienceScale,
            f.Has("sources") ? sources : null, parameters, description,
            f.Has("accommodation") ? accommodation : null, rule);
    }

    private static SalienceScale ReadSalienceScale(FieldReader f)
    {
        if (!f.Has("salience_scale")) return SalienceScale.Percent;
        var node = f.Node("salience_scale")!;
        string text = node is ScalarNode s ? s.Text.Trim().ToLowerInvariant() : "";
        switch (text)
        {
            case "100" or "percent":
                return SalienceScale.Percent;
            case "1" or "1.0" or "fraction":
                return SalienceScale.Fraction;
            default:
                f.Report(Rules.InvalidValue, "salience_scale", $"salience_scale must be 100 (saliences written 0–100) or 1 (written 0–1), found {FieldReader.Describe(node)}");
                return SalienceScale.Percent;
        }
    }

    private static ValueList<T> ReadList<T>(FieldReader f, string key, bool required, ProblemList problems, string[] fields, Func<FieldReader, T> read)
    {
        var items = f.List(key, required);
        if (items is null) return ValueList<T>.Empty;
        var result = new List<T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"{FieldReader.Join(f.Path, key)}[{i}]";
            if (items[i] is not MappingNode item)
            {
                problems.Add(Rules.WrongType, path, $"expected a mapping of fields ({string.Join(", ", fields.Take(4))}, …), found {FieldReader.Describe(items[i])}", items[i].Location);
                continue;
            }
            result.Add(read(new FieldReader(item, path, problems, fields)));
        }
        return result.ToValueList();
    }

    private static Source ReadSource(FieldReader f) =>
        new(f.String("id", required: true) ?? "", f.String("citation", required: true) ?? "", f.String("url", required: false));

    private static Dimension ReadDimension(FieldReader f)
    {
        string id = f.String("id", required: true) ?? "";
        string label = f.String("label", required: true) ?? id;
        var scale = Scale.Default;
        if (f.Mapping("scale", required: false) is { } scaleNode)
        {
            var s = new FieldReader(scaleNode, FieldReader.Join(f.Path, "scale"), ReaderProblems(f), ScaleFields);
            scale = new Scale(s.Number("min", required: true) ?? 0, s.Number("max", required: true) ?? 100);
        }
        ValueList<Anchor>? anchors = null;
        if (f.List("anchors", required: false) is { } anchorNodes)
        {
            var list = new List<Anchor>(anchorNodes.Count);
            for (int i = 0; i < anchorNodes.Count; i++)
            {
                string path = $"{FieldReader.Join(f.Path, "anchors")}[{i}]";
                if (anchorNodes[i] is MappingNode anchorMap)
                {
                    var a = new FieldReader(anchorMap, path, ReaderProblems(f), AnchorFields);
                    list.Add(new Anchor(a.Number("value", required: true) ?? double.NaN, a.String("label", required: true) ?? ""));
                }
                else
                {
                    ReaderProblems(f).Add(Rules.WrongType, path, $"expected an anchor written {{value: 0, label: \"…\"}}, found {FieldReader.Describe(anchorNodes[i])}", anchorNodes[i].Location);
                }
            }
            anchors = list.ToValueList();
        }
        return new Dimension(id, label, scale, anchors, f.Number("status_quo", required: false), f.String("description", required: false),
            ReadDecisionRule(f), ReadObserved(f));
    }

    private static Actor ReadActor(FieldReader f)
    {
        string id = f.String("id", required: true) ?? "";
        return new Actor(
            id,
            f.String("name", required: false) ?? id,
            f.Number("capability", required: true) ?? 0,
            f.Range("capability_range"),
            f.String("cameo", required: false),
            f.String("group", required: false),
            f.StringList("sources"),
            f.String("rationale", required: false));
    }

    private static Stance ReadStance(FieldReader f) =>
        new(
            f.String("actor", required: true) ?? "",
            f.String("dimension", required: true) ?? "",
            f.Number("position", required: true) ?? double.NaN,
            f.Number("salience", required: true) ?? double.NaN,
            f.Range("position_range"),
            f.Range("salience_range"),
            f.StringList("sources"),
            f.String("rationale", required: false));

    private static Accommodation ReadAccommodation(FieldReader f) =>
        new(
            f.String("actor", required: true) ?? "",
            f.String("toward", required: true) ?? "",
            f.Number("rate", required: true) ?? double.NaN);

    /// <summary>Reads <c>decision_rule</c> under <paramref name="parent"/>; null when absent or unusable.</summary>
    private static DecisionRule? ReadDecisionRule(FieldReader parent)
    {
        if (parent.Mapping("decision_rule", required: false) is not { } map) return null;
        string path = FieldReader.Join(parent.Path, "decision_rule");
        var f = new FieldReader(map, path, parent.Problems, DecisionRuleFields);
        var kindText = f.String("rule", required: true);
        DecisionRuleKind kind = DecisionRuleKind.Unanimity;
        if (kindText is not null)
        {
            if (DecisionRule.ParseKind(kindText) is { } parsed) kind = parsed;
            else f.Report(Rules.InvalidDecisionRule, "rule", $"unknown decision rule '{kindText}'; expected unanimity, majority, weighted or unsc");
        }
        ValueList<VoteCriterion>? criteria = null;
        if (f.Has("weights") || f.Has("threshold") && kind == DecisionRuleKind.Weighted)
        {
            // Shorthand for a single criterion: weights + threshold on the rule itself.
            var weights = ReadWeights(f, "weights");
            double threshold = f.Number("threshold", required: true) ?? double.NaN;
            criteria = ValueList.Of(new VoteCriterion(VoteCriterion.DefaultName, weights ?? ValueList<ActorWeight>.Empty, threshold));
            if (f.Has("criteria")) f.Report(Rules.InvalidDecisionRule, "criteria", "give either weights + threshold (one criterion) or criteria (several), not both");
        }
        else if (f.List("criteria", required: false) is { } items)
        {
            var list = new List<VoteCriterion>(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                string itemPath = $"{FieldReader.Join(path, "criteria")}[{i}]";
                if (items[i] is not MappingNode item)
                {
                    parent.Problems.Add(Rules.WrongType, itemPath, $"expected a criterion written {{name: votes, weights: {{A: 3, B: 2}}, threshold: 4}}, found {FieldReader.Describe(items[i])}", items[i].Location);
                    continue;
                }
                var c = new FieldReader(item, itemPath, parent.Problems, CriterionFields);
                list.Add(new VoteCriterion(
                    c.String("name", required: false) ?? VoteCriterion.DefaultName,
                    ReadWeights(c, "weights") ?? ValueList<ActorWeight>.Empty,
                    c.Number("threshold", required: true) ?? double.NaN));
            }
            criteria = list.ToValueList();
            if (f.Has("threshold")) f.Report(Rules.InvalidDecisionRule, "threshold", "a weighted rule with criteria takes its thresholds from each criterion; remove this threshold");
        }
        double? share = kind == DecisionRuleKind.Weighted ? null : f.Number("threshold", required: false);
        return new DecisionRule(
            kind,
            f.StringList("members"),
            f.StringList("veto_players"),
            f.String("agenda_setter", required: false),
            f.Boolean("status_quo_fallback") ?? true,
            share,
            criteria,
            f.Integer("min_members", required: false),
            f.Integer("wins_with_members", required: false),
            f.StringList("permanent"),
            f.String("rationale", required: false),
            f.StringList("sources"));
    }

    /// <summary>Reads <c>weights: {A: 3, B: 2}</c>, keeping the file's order.</summary>
    private static ValueList<ActorWeight>? ReadWeights(FieldReader f, string key)
    {
        if (f.Mapping(key, required: true) is not { } map) return null;
        string path = FieldReader.Join(f.Path, key);
        var weights = new List<ActorWeight>(map.Entries.Count);
        foreach (var (actor, node) in map.Entries)
        {
            string weightPath = $"{path}.{actor.Text}";
            f.Problems.Map.Record(weightPath, node.Location);
            double? weight = FieldReader.ReadNumber(node, weightPath, f.Problems);
            weights.Add(new ActorWeight(actor.Text, weight ?? double.NaN));
        }
        return weights.ToValueList();
    }

    private static ObservedOutcome? ReadObserved(FieldReader parent)
    {
        if (parent.Mapping("observed", required: false) is not { } map) return null;
        var f = new FieldReader(map, FieldReader.Join(parent.Path, "observed"), parent.Problems, ObservedFields);
        return new ObservedOutcome(
            f.Number("value", required: true) ?? double.NaN,
            f.Date("date"),
            f.Boolean("agreement"),
            f.StringList("sources"),
            f.String("note", required: false));
    }

    private static ModelParameters? ReadParameters(FieldReader f, ProblemList problems)
    {
        if (f.Mapping("parameters", required: false) is not { } map) return null;
        var byModel = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (modelKey, modelNode) in map.Entries)
        {
            string modelPath = $"parameters.{modelKey.Text}";
            problems.Map.Record(modelPath, modelNode.Location);
            if (modelNode is not MappingNode settings)
            {
                problems.Add(Rules.WrongType, modelPath, $"expected a mapping of parameter names to values, found {FieldReader.Describe(modelNode)}", modelNode.Location);
                continue;
            }
            var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in settings.Entries)
            {
                if (value is ScalarNode { Style: not ScalarStyle.Null } scalar) values[key.Text] = scalar.Text;
                else problems.Add(Rules.WrongType, $"{modelPath}.{key.Text}", $"expected a single value, found {FieldReader.Describe(value)}", value.Location);
            }
            byModel[modelKey.Text] = values.ToImmutable();
        }
        return new ModelParameters(byModel.ToImmutable());
    }

    private static ProblemList ReaderProblems(FieldReader f) => f.Problems;
}
