using System.Text;

namespace Parley.Core.Tests.Properties;

/// <summary>
/// Builds random valid scenarios from a seed, with the strings and numbers most likely to break a
/// serialiser: YAML keywords, quotes, line breaks, control and astral characters, extreme magnitudes.
/// </summary>
internal static class RandomScenario
{
    private static readonly string[] TrickyTexts =
    [
        "", " ", "null", "~", "Null", "true", "no", "yes", "0x1F", "1e3", "-5", "2019-12-15", "- item", "key: value", "#comment",
        "a # b", "\"quoted\"", "'single'", "line\nbreak", "crlf\r\nline", "\ttab", "trailing space ", " leading", "…", "Côte d'Ivoire",
        "北朝鮮", "Корея", "🇰🇵 flag", "\u0001ctl", "\u007f", "\u0085nel", "\u2028ls", "\uFEFFbom", "back\\slash", "{braces}", "[list]", "&anchor", "*alias", "!tag", "%", "@", "`",
    ];

    public static Scenario Create(int seed)
    {
        var r = new Random(seed);
        int actorCount = r.Next(1, 6), dimensionCount = r.Next(1, 4);
        var actors = new List<Actor>();
        var dimensions = new List<Dimension>();
        var stances = new List<Stance>();
        var salienceScale = r.Next(2) == 0 ? SalienceScale.Percent : SalienceScale.Fraction;
        var sources = Enumerable.Range(0, r.Next(0, 3)).Select(i => new Source("src" + i, Text(r, nonEmpty: true), r.Next(2) == 0 ? null : "https://example.org/" + i)).ToList();
        bool hasSources = sources.Count > 0 || r.Next(2) == 0;

        for (int k = 0; k < dimensionCount; k++)
        {
            var scale = r.Next(3) switch
            {
                0 => Scale.Default,
                1 => new Scale(-Magnitude(r), Magnitude(r)),
                _ => new Scale(Math.Round(r.NextDouble() * 10, 3), 10 + Math.Round(r.NextDouble() * 10, 3)),
            };
            var anchors = r.Next(3) == 0 ? null : Enumerable.Range(0, r.Next(0, 4)).Select(_ => new Anchor(Within(r, scale), Text(r, nonEmpty: false))).ToValueList();
            dimensions.Add(new Dimension("dim_" + k, Text(r, nonEmpty: true), scale, anchors, r.Next(2) == 0 ? Within(r, scale) : null, r.Next(2) == 0 ? null : Text(r, nonEmpty: false)));
        }
        for (int i = 0; i < actorCount; i++)
        {
            double capability = r.Next(4) == 0 ? 0 : Magnitude(r);
            var range = r.Next(2) == 0 ? (Interval?)null : new Interval(capability * r.NextDouble(), capability * (1 + r.NextDouble()));
            actors.Add(new Actor(
                "A-" + i + (r.Next(3) == 0 ? "_Ä" : ""),
                Text(r, nonEmpty: false),
                capability,
                range,
                r.Next(2) == 0 ? null : "USA",
                r.Next(2) == 0 ? null : Text(r, nonEmpty: false),
                PickSources(r, sources, hasSources),
                r.Next(2) == 0 ? null : Text(r, nonEmpty: false)));
        }
        // At least one actor needs weight on each dimension.
        actors[0] = actors[0] with { Capability = 1 + r.NextDouble(), CapabilityRange = null };
        double maxSalience = salienceScale.Maximum();
        foreach (var a in actors)
        {
            foreach (var d in dimensions)
            {
                double position = Within(r, d.Scale);
                double salience = a == actors[0] ? maxSalience : Math.Round(r.NextDouble() * maxSalience, r.Next(0, 16));
                stances.Add(new Stance(
                    a.Id, d.Id, position, salience,
                    r.Next(2) == 0 ? null : new Interval(Between(r, d.Scale.Min, position), Between(r, position, d.Scale.Max)),
                    r.Next(2) == 0 ? null : new Interval(Between(r, 0, salience), Between(r, salience, maxSalience)),
                    PickSources(r, sources, hasSources),
                    r.Next(2) == 0 ? null : Text(r, nonEmpty: false)));
            }
        }
        // Stances in any order: formats must not depend on grouping.
        var shuffled = stances.OrderBy(_ => r.Next()).ToList();
        var parameters = r.Next(2) == 0 ? null : new ModelParameters(
            System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableSortedDictionary<string, string>>.Empty
                .Add("smp", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("VotingRule", "PropCbc").Add("note", Text(r, nonEmpty: false))));
        DateOnly? asOf = r.Next(2) == 0 ? null : new DateOnly(1900 + r.Next(200), 1 + r.Next(12), 1 + r.Next(28));
        var actorIds = actors.Select(a => a.Id).ToList();
        for (int k = 0; k < dimensions.Count; k++)
        {
            var d = dimensions[k];
            dimensions[k] = d with
            {
                Rule = r.Next(3) == 0 ? RandomRule(r, actorIds, sources, hasSources) : null,
                Observed = r.Next(3) == 0 ? new ObservedOutcome(
                    Within(r, d.Scale),
                    r.Next(2) == 0 ? null : (asOf ?? new DateOnly(2000, 1, 1)).AddDays(r.Next(0, 5000)),
                    r.Next(3) switch { 0 => null, 1 => true, _ => false },
                    PickSources(r, sources, hasSources),
                    r.Next(2) == 0 ? null : Text(r, nonEmpty: false)) : null,
            };
        }
        return new Scenario(
            Text(r, nonEmpty: true),
            actors.ToValueList(),
            dimensions.ToValueList(),
            shuffled.ToValueList(),
            asOf,
            r.Next(2) == 0 ? null : Text(r, nonEmpty: false),
            salienceScale,
            hasSources ? sources.ToValueList() : null,
            parameters,
            r.Next(2) == 0 ? null : Text(r, nonEmpty: false),
            null,
            r.Next(2) == 0 ? RandomRule(r, actorIds, sources, hasSources) : null);
    }

    /// <summary>A valid decision rule of a random kind over <paramref name="actorIds"/>.</summary>
    internal static DecisionRule RandomRule(Random r, IReadOnlyList<string> actorIds, List<Source> sources, bool hasSources)
    {
        ValueList<string> Subset(int min, int max)
        {
            var picked = actorIds.OrderBy(_ => r.Next()).Take(r.Next(min, Math.Max(min, Math.Min(max, actorIds.Count)) + 1)).ToList();
            // Keep the scenario's order, as the analysis reports it.
            return actorIds.Where(picked.Contains).ToValueList();
        }
        var kind = (DecisionRuleKind)r.Next(4);
        var rule = new DecisionRule(
            kind,
            VetoPlayerIds: r.Next(3) == 0 ? Subset(0, 2) : null,
            AgendaSetterId: r.Next(3) == 0 ? actorIds[r.Next(actorIds.Count)] : null,
            StatusQuoIsFallback: r.Next(4) != 0,
            Rationale: r.Next(2) == 0 ? null : Text(r, nonEmpty: false),
            SourceIds: PickSources(r, sources, hasSources));
        switch (kind)
        {
            case DecisionRuleKind.Unanimity:
                return rule with { MemberIds = r.Next(2) == 0 ? null : Subset(1, actorIds.Count) };
            case DecisionRuleKind.Majority:
                return rule with
                {
                    MemberIds = r.Next(2) == 0 ? null : Subset(1, actorIds.Count),
                    // Rounding can land on 0.5, which a majority threshold may not be: keep it above.
                    Threshold = r.Next(2) == 0 ? null : Math.Max(0.51, Math.Round(0.501 + r.NextDouble() * 0.499, r.Next(1, 16))),
                };
            case DecisionRuleKind.Weighted:
            {
                var voters = Subset(1, actorIds.Count);
                var names = r.Next(2) == 0 ? [VoteCriterion.DefaultName] : new[] { "votes", "population", Text(r, nonEmpty: false) }.Take(r.Next(1, 4)).ToArray();
                var criteria = names.Select(name =>
                {
                    var weights = voters.Select((id, i) => new ActorWeight(id, i == 0 ? 1 + r.Next(100) : r.Next(3) == 0 ? 0 : Math.Round(r.NextDouble() * 100, r.Next(0, 16)))).ToValueList();
                    double total = weights.Sum(w => w.Weight);
                    return new VoteCriterion(name, weights, Math.Max(total * r.NextDouble(), total / 1000));
                }).ToValueList();
                var positive = criteria.SelectMany(c => c.Weights).Where(w => w.Weight > 0).Select(w => w.ActorId).Distinct().Count();
                return rule with
                {
                    Criteria = criteria,
                    MemberIds = r.Next(2) == 0 ? null : voters,
                    MinimumMembers = r.Next(2) == 0 ? null : r.Next(0, positive + 1),
                    WinsWithMembers = r.Next(2) == 0 ? null : r.Next(1, positive + 1),
                };
            }
            default:
            {
                var permanent = Subset(1, 5);
                return rule with
                {
                    PermanentMemberIds = permanent,
                    MemberIds = r.Next(2) == 0 ? null : actorIds.Where(id => permanent.Contains(id) || r.Next(2) == 0).Take(15).ToValueList(),
                };
            }
        }
    }

    private static ValueList<string>? PickSources(Random r, List<Source> sources, bool hasSources)
    {
        if (!hasSources || r.Next(2) == 0) return null;
        return sources.Where(_ => r.Next(2) == 0).Select(s => s.Id).ToValueList();
    }

    private static double Magnitude(Random r) => r.Next(4) switch
    {
        0 => r.NextDouble(),
        1 => Math.Round(r.NextDouble() * 1000, 2),
        2 => r.NextDouble() * Math.Pow(10, r.Next(-300, 300)),
        _ => r.Next(1, 1000),
    };

    private static double Within(Random r, Scale scale) => Between(r, scale.Min, scale.Max);

    private static double Between(Random r, double low, double high)
    {
        double value = r.Next(4) switch
        {
            0 => low,
            1 => high,
            _ => low + (high - low) * r.NextDouble(),
        };
        return Math.Clamp(value, low, high);
    }

    private static string Text(Random r, bool nonEmpty)
    {
        string text = r.Next(3) switch
        {
            0 => TrickyTexts[r.Next(TrickyTexts.Length)],
            1 => RandomUnicode(r),
            _ => TrickyTexts[r.Next(TrickyTexts.Length)] + RandomUnicode(r),
        };
        return nonEmpty && text.Trim().Length == 0 ? "x" + text : text;
    }

    private static string RandomUnicode(Random r)
    {
        var text = new StringBuilder();
        int length = r.Next(0, 12);
        for (int i = 0; i < length; i++)
        {
            int code = r.Next(6) switch
            {
                0 => r.Next(0x20, 0x7F),
                1 => r.Next(0x00, 0x20),
                2 => r.Next(0xA0, 0x3000),
                3 => r.Next(0x1F300, 0x1F6FF),
                4 => r.Next(0xE000, 0xFFFE),
                _ => r.Next(0x20, 0xD800),
            };
            text.Append(char.ConvertFromUtf32(code));
        }
        return text.ToString();
    }
}
