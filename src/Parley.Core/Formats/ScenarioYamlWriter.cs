using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Core.Formats;

/// <summary>
/// Writes a scenario as YAML with the field order people read in (question first, stances last),
/// so that files written by Parley diff cleanly under version control. Reads back to an equal scenario.
/// </summary>
public static partial class ScenarioYamlWriter
{
    public static string Write(Scenario scenario)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: 120, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false));
        var w = new Writer(emitter);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        w.BeginMap();
        w.Text("title", scenario.Title);
        if (scenario.AsOf is { } asOf) w.Plain("as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.OptionalText("question", scenario.Question);
        w.OptionalText("description", scenario.Description);
        if (scenario.SalienceScale == SalienceScale.Fraction) w.Plain("salience_scale", "1");

        if (scenario.SourceList is { } sources)
        {
            w.BeginList("sources");
            foreach (var s in sources)
            {
                w.BeginMap();
                w.Text("id", s.Id);
                w.Text("citation", s.Citation);
                w.OptionalText("url", s.Url);
                w.EndMap();
            }
            w.EndList();
        }

        if (scenario.DecisionRule is { } rule) WriteRule(w, rule);

        w.BeginList("dimensions");
        foreach (var d in scenario.Dimensions)
        {
            w.BeginMap();
            w.Text("id", d.Id);
            w.Text("label", d.Label);
            w.OptionalText("description", d.Description);
            if (d.Scale != Scale.Default)
            {
                w.Key("scale");
                w.BeginFlowMap();
                w.Number("min", d.Scale.Min);
                w.Number("max", d.Scale.Max);
                w.EndMap();
            }
            if (d.StatusQuo is { } sq) w.Number("status_quo", sq);
            if (d.Anchors is { } anchors)
            {
                w.BeginList("anchors");
                foreach (var a in anchors)
                {
                    w.BeginFlowMap();
                    w.Number("value", a.Value);
                    w.Text("label", a.Label);
                    w.EndMap();
                }
                w.EndList();
            }
            if (d.Rule is { } dimensionRule) WriteRule(w, dimensionRule);
            if (d.Observed is { } observed)
            {
                w.Key("observed");
                w.BeginMap();
                w.Number("value", observed.Value);
                if (observed.Date is { } date) w.Plain("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (observed.Agreement is { } agreement) w.Plain("agreement", agreement ? "true" : "false");
                if (observed.SourceIds is { } ids) w.FlowList("sources", ids);
                w.OptionalText("note", observed.Note);
                w.EndMap();
            }
            w.EndMap();
        }
        w.EndList();

        w.BeginList("actors");
        foreach (var a in scenario.Actors)
        {
            w.BeginMap();
            w.Text("id", a.Id);
            w.Text("name", a.Name);
            w.Number("capability", a.Capability);
            if (a.CapabilityRange is { } range) w.Range("capability_range", range);
            w.OptionalText("cameo", a.CameoCode);
            w.OptionalText("group", a.Group);
            if (a.SourceIds is { } ids) w.FlowList("sources", ids);
            w.OptionalText("rationale", a.Rationale);
            w.EndMap();
        }
        w.EndList();

        w.BeginList("stances");
        foreach (var s in scenario.Stances)
        {
            w.BeginMap();
            w.Text("actor", s.ActorId);
            w.Text("dimension", s.DimensionId);
            w.Number("position", s.Position);
            if (s.PositionRange is { } pr) w.Range("position_range", pr);
            w.Number("salience", s.Salience);
            if (s.SalienceRange is { } sr) w.Range("salience_range", sr);
            if (s.SourceIds is { } ids) w.FlowList("sources", ids);
            w.OptionalText("rationale", s.Rationale);
            w.EndMap();
        }
        w.EndList();

        if (scenario.AccommodationList is { } accommodation)
        {
            w.BeginList("accommodation");
            foreach (var a in accommodation)
            {
                w.BeginFlowMap();
                w.Text("actor", a.ActorId);
                w.Text("toward", a.TowardId);
                w.Number("rate", a.Rate);
                w.EndMap();
            }
            w.EndList();
        }

        if (scenario.Parameters is { } parameters)
        {
            w.Key("parameters");
            w.BeginMap();
            foreach (var (model, values) in parameters.ByModel)
            {
                w.Key(model);
                w.BeginMap();
                foreach (var (key, value) in values) w.Text(key, value);
                w.EndMap();
            }
            w.EndMap();
        }

        w.EndMap();
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteRule(Writer w, DecisionRule rule)
    {
        w.Key("decision_rule");
        w.BeginMap();
        w.Plain("rule", rule.KindName);
        if (rule.MemberIds is { } members) w.FlowList("members", members);
        if (rule.PermanentMemberIds is { } permanent) w.FlowList("permanent", permanent);
        if (rule.VetoPlayerIds is { } vetoes) w.FlowList("veto_players", vetoes);
        w.OptionalText("agenda_setter", rule.AgendaSetterId);
        if (!rule.StatusQuoIsFallback) w.Plain("status_quo_fallback", "false");
        if (rule.Threshold is { } share) w.Number("threshold", share);
        if (rule.Criteria is { } criteria)
        {
            if (criteria.Count == 1 && criteria[0].Name == VoteCriterion.DefaultName)
            {
                w.Weights("weights", criteria[0].Weights);
                w.Number("threshold", criteria[0].Threshold);
            }
            else
            {
                w.BeginList("criteria");
                foreach (var c in criteria)
                {
                    w.BeginMap();
                    w.Text("name", c.Name);
                    w.Weights("weights", c.Weights);
                    w.Number("threshold", c.Threshold);
                    w.EndMap();
                }
                w.EndList();
            }
        }
        if (rule.MinimumMembers is { } min) w.Number("min_members", min);
        if (rule.WinsWithMembers is { } wins) w.Number("wins_with_members", wins);
        if (rule.SourceIds is { } ids) w.FlowList("sources", ids);
        w.OptionalText("rationale", rule.Rationale);
        w.EndMap();
    }

    internal static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsPlainSafe(string value)
    {
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        foreach (char c in value)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF') return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(~|null|Null|NULL)?$")]
    private static partial Regex LooksNull();

    private sealed class Writer(IEmitter emitter)
    {
        public void Key(string key) => emitter.Emit(new Scalar(null, null, key, YamlDotNet.Core.ScalarStyle.Plain, true, false));

        public void BeginMap() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));

        public void BeginFlowMap() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));

        public void EndMap() => emitter.Emit(new MappingEnd());

        public void BeginList(string key)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        }

        public void EndList() => emitter.Emit(new SequenceEnd());

        public void Plain(string key, string value)
        {
            Key(key);
            emitter.Emit(new Scalar(null, null, value, YamlDotNet.Core.ScalarStyle.Plain, true, false));
        }

        public void Number(string key, double value) => Plain(key, FormatNumber(value));

        public void Text(string key, string value)
        {
            Key(key);
            TextValue(value);
        }

        public void OptionalText(string key, string? value)
        {
            if (value is not null) Text(key, value);
        }

        public void Range(string key, Interval range)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
            emitter.Emit(new Scalar(null, null, FormatNumber(range.Low), YamlDotNet.Core.ScalarStyle.Plain, true, false));
            emitter.Emit(new Scalar(null, null, FormatNumber(range.High), YamlDotNet.Core.ScalarStyle.Plain, true, false));
            emitter.Emit(new SequenceEnd());
        }

        public void Weights(string key, IEnumerable<ActorWeight> weights)
        {
            Key(key);
            BeginFlowMap();
            foreach (var w in weights)
            {
                TextValue(w.ActorId);
                emitter.Emit(new Scalar(null, null, FormatNumber(w.Weight), YamlDotNet.Core.ScalarStyle.Plain, true, false));
            }
            EndMap();
        }

        public void FlowList(string key, IEnumerable<string> values)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
            foreach (var value in values) TextValue(value);
            emitter.Emit(new SequenceEnd());
        }

        private void TextValue(string value)
        {
            // Plain only where it reads back unchanged: not "null"-like (that reads as absent), no edge
            // white space (YAML strips it), no control or line-separator characters.
            var style = LooksNull().IsMatch(value) || !IsPlainSafe(value) ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : YamlDotNet.Core.ScalarStyle.Any;
            emitter.Emit(new Scalar(null, null, value, style, true, true));
        }
    }
}
