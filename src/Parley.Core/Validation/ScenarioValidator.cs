using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Core.Validation;

/// <summary>
/// Checks the meaning of a scenario, whatever format it came from: ids unique and known, numbers
/// on their scales, ranges that make sense, one stance per actor and dimension. Collects every
/// problem; locations come from the <see cref="SourceMap"/> the reader filled.
/// </summary>
public static partial class ScenarioValidator
{
    public const int MaxIdLength = 64;

    /// <summary>Validates a scenario built in code (no file, no locations).</summary>
    public static IReadOnlyList<Problem> Validate(Scenario scenario)
    {
        var problems = new ProblemList();
        Validate(scenario, problems);
        return problems.Items;
    }

    public static void Validate(Scenario scenario, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(scenario.Title) && !problems.HasFailed("title"))
        {
            problems.Add(Rules.MissingField, "title", "the scenario needs a title");
        }
        if (scenario.Actors.Count == 0 && !problems.HasFailed("actors"))
        {
            problems.Add(Rules.EmptyScenario, "actors", "the scenario has no actors; a negotiation needs at least one");
        }
        if (scenario.Dimensions.Count == 0 && !problems.HasFailed("dimensions"))
        {
            problems.Add(Rules.EmptyScenario, "dimensions", "the scenario has no dimensions; name at least one issue to forecast");
        }

        var sourceIds = CheckIds(scenario.Sources.Select(s => s.Id).ToList(), "sources", "source", problems);
        for (int i = 0; i < scenario.Sources.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(scenario.Sources[i].Citation)) Report(problems, Rules.MissingField, $"sources[{i}].citation", $"source '{scenario.Sources[i].Id}' has an empty citation");
        }

        var dimensionIds = CheckIds(scenario.Dimensions.Select(d => d.Id).ToList(), "dimensions", "dimension", problems);
        for (int k = 0; k < scenario.Dimensions.Count; k++) CheckDimension(scenario.Dimensions[k], $"dimensions[{k}]", problems);

        var actorIds = CheckIds(scenario.Actors.Select(a => a.Id).ToList(), "actors", "actor", problems);
        for (int i = 0; i < scenario.Actors.Count; i++) CheckActor(scenario.Actors[i], $"actors[{i}]", sourceIds, problems);

        var dimensionsById = new Dictionary<string, Dimension>(StringComparer.Ordinal);
        foreach (var d in scenario.Dimensions) dimensionsById.TryAdd(d.Id, d);

        var seen = new Dictionary<(string, string), int>();
        for (int j = 0; j < scenario.Stances.Count; j++)
        {
            var stance = scenario.Stances[j];
            string path = $"stances[{j}]";
            bool knownActor = actorIds.Contains(stance.ActorId);
            bool knownDimension = dimensionsById.TryGetValue(stance.DimensionId, out var dimension);
            if (!knownActor && !problems.HasFailed(path + ".actor"))
            {
                Report(problems, Rules.UnknownActor, path + ".actor", $"stance names actor '{stance.ActorId}', which is not among the actors ({Preview(actorIds)})");
            }
            if (!knownDimension && !problems.HasFailed(path + ".dimension"))
            {
                Report(problems, Rules.UnknownDimension, path + ".dimension", $"stance names dimension '{stance.DimensionId}', which is not among the dimensions ({Preview(dimensionIds)})");
            }
            if (knownActor && knownDimension)
            {
                if (seen.TryGetValue((stance.ActorId, stance.DimensionId), out int first))
                {
                    Report(problems, Rules.DuplicateStance, path, $"second stance for actor '{stance.ActorId}' on dimension '{stance.DimensionId}' (the first is stances[{first}])");
                }
                else
                {
                    seen[(stance.ActorId, stance.DimensionId)] = j;
                }
            }
            CheckStance(stance, path, dimension, scenario.SalienceScale, sourceIds, problems);
        }

        // Every model weighs every actor on every dimension; a silent gap would be read as indifference.
        if (seen.Count > 0 || scenario.Stances.Count == 0)
        {
            foreach (var actor in scenario.Actors)
            {
                if (!actorIds.Contains(actor.Id)) continue;
                foreach (var dimension in scenario.Dimensions)
                {
                    if (!dimensionsById.ContainsKey(dimension.Id) || seen.ContainsKey((actor.Id, dimension.Id))) continue;
                    problems.AddGeneral(Rules.MissingStance,
                        $"stances: actor '{actor.Id}' has no stance on dimension '{dimension.Id}'; give one (salience 0 if it does not care)",
                        problems.Map.Find("stances"));
                }
            }
        }

        CheckAccommodation(scenario, actorIds, problems);
        if (scenario.DecisionRule is { } rule) CheckDecisionRule(rule, "decision_rule", scenario, actorIds, sourceIds, problems);
        for (int k = 0; k < scenario.Dimensions.Count; k++)
        {
            var d = scenario.Dimensions[k];
            if (d.Rule is { } dimensionRule) CheckDecisionRule(dimensionRule, $"dimensions[{k}].decision_rule", scenario, actorIds, sourceIds, problems);
            if (d.Observed is { } observed) CheckObserved(observed, d, $"dimensions[{k}].observed", scenario.AsOf, sourceIds, problems);
        }
        CheckWeights(scenario, problems);
    }

    private static void CheckObserved(ObservedOutcome observed, Dimension d, string path, DateOnly? asOf, HashSet<string> sourceIds, ProblemList problems)
    {
        if (!problems.HasFailed(path + ".value") && d.Scale.Min < d.Scale.Max && !d.Scale.Contains(observed.Value))
        {
            Report(problems, Rules.ObservedOutOfScale, path + ".value", $"dimension '{d.Id}': observed outcome {F(observed.Value)} lies outside the scale {d.Scale}");
        }
        // A forecast is only a forecast if it was made before the outcome was known.
        if (observed.Date is { } date && asOf is { } start && date < start && !problems.HasFailed(path + ".date"))
        {
            Report(problems, Rules.InvalidValue, path + ".date", $"dimension '{d.Id}': observed on {date:yyyy-MM-dd}, before the scenario's as_of date {start:yyyy-MM-dd}; an outcome known when the scenario was coded cannot score it");
        }
        CheckSources(observed.Sources, path + ".sources", sourceIds, problems);
    }

    private static void CheckDecisionRule(DecisionRule rule, string path, Scenario scenario, HashSet<string> actorIds, HashSet<string> sourceIds, ProblemList problems)
    {
        if (problems.HasFailed(path + ".rule")) return;
        string kind = rule.KindName;
        void Bad(string field, string message)
        {
            string at = field.Length == 0 ? path : path + "." + field;
            if (!problems.HasFailed(at)) Report(problems, Rules.InvalidDecisionRule, at, message);
        }
        bool idsKnown = true;
        void CheckActorList(ValueList<string>? ids, string field, string what)
        {
            if (ids is null) return;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++)
            {
                string at = $"{path}.{field}[{i}]";
                if (problems.HasFailed(at)) { idsKnown = false; continue; }
                if (!actorIds.Contains(ids[i]))
                {
                    idsKnown = false;
                    Report(problems, Rules.UnknownActor, at, $"{what} '{ids[i]}' is not among the actors ({Preview(actorIds)})");
                }
                else if (!seen.Add(ids[i]))
                {
                    Bad($"{field}[{i}]", $"'{ids[i]}' is listed twice among the {what}s");
                }
            }
        }
        CheckActorList(rule.MemberIds, "members", "member");
        CheckActorList(rule.VetoPlayerIds, "veto_players", "veto player");
        CheckActorList(rule.PermanentMemberIds, "permanent", "permanent member");
        if (rule.AgendaSetterId is { } setter && !actorIds.Contains(setter) && !problems.HasFailed(path + ".agenda_setter"))
        {
            idsKnown = false;
            Report(problems, Rules.UnknownActor, path + ".agenda_setter", $"agenda setter '{setter}' is not among the actors ({Preview(actorIds)})");
        }
        CheckSources(rule.Sources, path + ".sources", sourceIds, problems);

        if (rule.Kind != DecisionRuleKind.Majority && rule.Threshold is not null) Bad("threshold", $"a {kind} rule takes no threshold share (majority: share of members; weighted: threshold of each criterion)");
        if (rule.Kind != DecisionRuleKind.Weighted)
        {
            if (rule.Criteria is not null) Bad(rule.WeightCriteria.Count == 1 ? "weights" : "criteria", $"weights belong to a weighted rule, not to {kind}; write rule: weighted");
            if (rule.MinimumMembers is not null) Bad("min_members", $"min_members belongs to a weighted rule, not to {kind}");
            if (rule.WinsWithMembers is not null) Bad("wins_with_members", $"wins_with_members belongs to a weighted rule, not to {kind}");
        }
        if (rule.Kind != DecisionRuleKind.Unsc && rule.PermanentMemberIds is not null) Bad("permanent", $"permanent members belong to a unsc rule, not to {kind}");

        switch (rule.Kind)
        {
            case DecisionRuleKind.Majority when rule.Threshold is { } share && !(share > 0.5 && share <= 1):
                Bad("threshold", $"a majority threshold is the share of members needed and must lie above 0.5 and at most 1, found {F(share)} (at 0.5 or below, two opposed coalitions could both win)");
                break;
            case DecisionRuleKind.Weighted:
                CheckWeightedRule(rule, path, actorIds, problems, Bad, ref idsKnown);
                break;
            case DecisionRuleKind.Unsc:
                if (rule.PermanentMembers.Count == 0) Bad("permanent", "a unsc rule needs the permanent members among the actors (permanent: [USA, CHN, RUS, …]); they are its veto players");
                else if (rule.PermanentMembers.Count > 5) Bad("permanent", $"the Security Council has five permanent members, found {rule.PermanentMembers.Count}");
                if (rule.MemberIds is { } members)
                {
                    foreach (var p in rule.PermanentMembers)
                    {
                        if (!members.Contains(p)) Bad("members", $"permanent member '{p}' must also be among the members");
                    }
                    if (members.Count > DecisionRule.SecurityCouncilSeats) Bad("members", $"the Security Council has {DecisionRule.SecurityCouncilSeats} seats, found {members.Count} members");
                }
                break;
        }
        if (idsKnown && !problems.HasFailed(path) && rule.Members(scenario).Count == 0 && rule.Kind != DecisionRuleKind.Unsc)
        {
            Bad("members", $"the {kind} rule has no voting members");
        }
    }

    private static void CheckWeightedRule(DecisionRule rule, string path, HashSet<string> actorIds, ProblemList problems, Action<string, string> bad, ref bool idsKnown)
    {
        if (rule.WeightCriteria.Count == 0)
        {
            bad("weights", "a weighted rule needs weights and a threshold (weights: {A: 3, B: 2}, threshold: 4) or a list of criteria");
            return;
        }
        bool shorthand = rule.WeightCriteria.Count == 1 && rule.WeightCriteria[0].Name == VoteCriterion.DefaultName;
        var voters = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < rule.WeightCriteria.Count; c++)
        {
            var criterion = rule.WeightCriteria[c];
            string at = shorthand ? path : $"{path}.criteria[{c}]";
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool weightsOk = true;
            if (criterion.Weights.Count == 0) bad(Rel(path, at, "weights"), $"criterion '{criterion.Name}' gives no weights");
            foreach (var w in criterion.Weights)
            {
                string weightPath = $"{at}.weights.{w.ActorId}";
                if (problems.HasFailed(weightPath)) { weightsOk = false; continue; }
                if (!actorIds.Contains(w.ActorId))
                {
                    idsKnown = false;
                    weightsOk = false;
                    Report(problems, Rules.UnknownActor, weightPath, $"weight given to '{w.ActorId}', which is not among the actors ({Preview(actorIds)})");
                }
                else if (!seen.Add(w.ActorId))
                {
                    weightsOk = false;
                    bad(Rel(path, weightPath, ""), $"'{w.ActorId}' has two weights in criterion '{criterion.Name}'");
                }
                else if (!(w.Weight >= 0) || !double.IsFinite(w.Weight))
                {
                    weightsOk = false;
                    bad(Rel(path, weightPath, ""), $"weight of '{w.ActorId}' in criterion '{criterion.Name}' must be a finite number ≥ 0, found {F(w.Weight)}");
                }
                else if (w.Weight > 0)
                {
                    voters.Add(w.ActorId);
                }
            }
            string thresholdPath = Rel(path, at, "threshold");
            if (weightsOk && !problems.HasFailed(path + "." + thresholdPath))
            {
                double total = criterion.TotalWeight;
                if (!(criterion.Threshold > 0 && criterion.Threshold <= total))
                {
                    bad(thresholdPath, $"criterion '{criterion.Name}': threshold {F(criterion.Threshold)} must be above 0 and at most the total weight {F(total)}, or no coalition (or every one) wins");
                }
            }
        }
        if (rule.MemberIds is { } members)
        {
            foreach (var v in voters)
            {
                if (!members.Contains(v)) bad("members", $"'{v}' holds a weight but is not among the members");
            }
        }
        int n = rule.MemberIds?.Count ?? voters.Count;
        if (rule.MinimumMembers is { } min && (min < 0 || min > n)) bad("min_members", $"min_members {min} must lie between 0 and the {n} members");
        if (rule.WinsWithMembers is { } wins && (wins < 1 || wins > n)) bad("wins_with_members", $"wins_with_members {wins} must lie between 1 and the {n} members");
    }

    /// <summary>The part of <paramref name="full"/> below <paramref name="rulePath"/>, joined with <paramref name="leaf"/>.</summary>
    private static string Rel(string rulePath, string full, string leaf)
    {
        string rest = full.Length > rulePath.Length ? full[(rulePath.Length + 1)..] : "";
        return leaf.Length == 0 ? rest : rest.Length == 0 ? leaf : rest + "." + leaf;
    }

    /// <summary>Tolerance on an actor's accommodation rates summing to more than 1 (KTAB uses the same).</summary>
    public const double AccommodationSumTolerance = 1e-10;

    private static void CheckAccommodation(Scenario scenario, HashSet<string> actorIds, ProblemList problems)
    {
        var seen = new Dictionary<(string, string), int>();
        var rows = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int e = 0; e < scenario.Accommodations.Count; e++)
        {
            var entry = scenario.Accommodations[e];
            string path = $"accommodation[{e}]";
            bool known = true;
            if (!actorIds.Contains(entry.ActorId))
            {
                known = false;
                if (!problems.HasFailed(path + ".actor")) Report(problems, Rules.UnknownActor, path + ".actor", $"accommodation names actor '{entry.ActorId}', which is not among the actors ({Preview(actorIds)})");
            }
            if (!actorIds.Contains(entry.TowardId))
            {
                known = false;
                if (!problems.HasFailed(path + ".toward")) Report(problems, Rules.UnknownActor, path + ".toward", $"accommodation names actor '{entry.TowardId}', which is not among the actors ({Preview(actorIds)})");
            }
            if (!problems.HasFailed(path + ".rate") && !(entry.Rate >= 0 && entry.Rate <= 1))
            {
                Report(problems, Rules.InvalidAccommodation, path + ".rate", $"accommodation of {entry.ActorId} toward {entry.TowardId}: rate {F(entry.Rate)} must lie between 0 and 1");
                known = false;
            }
            if (!known) continue;
            if (seen.TryGetValue((entry.ActorId, entry.TowardId), out int first))
            {
                Report(problems, Rules.DuplicateAccommodation, path, $"second accommodation of {entry.ActorId} toward {entry.TowardId} (the first is accommodation[{first}])");
                continue;
            }
            seen[(entry.ActorId, entry.TowardId)] = e;
        }
        if (problems.Count > 0) return;
        // Unlisted self-pairs keep the identity's 1, so the row sums count them.
        foreach (var actor in scenario.Actors)
        {
            double sum = 0;
            bool selfListed = false;
            foreach (var entry in scenario.Accommodations)
            {
                if (entry.ActorId != actor.Id) continue;
                sum += entry.Rate;
                if (entry.TowardId == actor.Id) selfListed = true;
            }
            if (!selfListed) sum += 1;
            if (sum > 1 + AccommodationSumTolerance)
            {
                int index = -1;
                for (int e = 0; e < scenario.Accommodations.Count; e++) if (scenario.Accommodations[e].ActorId == actor.Id) { index = e; break; }
                string hint = selfListed ? "" : $"; unlisted, {actor.Id}'s rate toward itself is 1, so add {{actor: {actor.Id}, toward: {actor.Id}, rate: …}} with a lower rate";
                problems.Add(Rules.InvalidAccommodation, $"accommodation[{index}]", $"the accommodation rates of {actor.Id} sum to {F(sum)}, more than 1{hint}");
            }
        }
    }

    private static void CheckDimension(Dimension d, string path, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(d.Label) && !problems.HasFailed(path + ".label")) Report(problems, Rules.MissingField, path + ".label", $"dimension '{d.Id}' has an empty label");
        bool scaleOk = !problems.HasFailed(path + ".scale.min") && !problems.HasFailed(path + ".scale.max");
        if (scaleOk && !(d.Scale.Min < d.Scale.Max))
        {
            Report(problems, Rules.InvalidScale, path + ".scale", $"dimension '{d.Id}': scale min ({F(d.Scale.Min)}) must be below max ({F(d.Scale.Max)})");
            scaleOk = false;
        }
        for (int a = 0; a < d.AnchorPoints.Count; a++)
        {
            var anchor = d.AnchorPoints[a];
            string anchorPath = $"{path}.anchors[{a}]";
            if (scaleOk && !problems.HasFailed(anchorPath + ".value") && !d.Scale.Contains(anchor.Value))
            {
                Report(problems, Rules.AnchorOutOfScale, anchorPath + ".value", $"dimension '{d.Id}': anchor {F(anchor.Value)} lies outside the scale {d.Scale}");
            }
        }
        if (scaleOk && d.StatusQuo is { } sq && !problems.HasFailed(path + ".status_quo") && !d.Scale.Contains(sq))
        {
            Report(problems, Rules.StatusQuoOutOfScale, path + ".status_quo", $"dimension '{d.Id}': status quo {F(sq)} lies outside the scale {d.Scale}");
        }
    }

    private static void CheckActor(Actor a, string path, HashSet<string> sourceIds, ProblemList problems)
    {
        if (!problems.HasFailed(path + ".capability") && (!double.IsFinite(a.Capability) || a.Capability < 0))
        {
            Report(problems, double.IsFinite(a.Capability) ? Rules.NegativeCapability : Rules.NonFinite, path + ".capability",
                $"actor '{a.Id}': capability must be a finite number ≥ 0, found {F(a.Capability)}");
        }
        if (a.CapabilityRange is { } range)
        {
            CheckRange(range, a.Capability, path + ".capability_range", $"actor '{a.Id}': capability", problems);
            if (range.Low < 0 && !problems.HasFailed(path + ".capability_range"))
            {
                Report(problems, Rules.NegativeCapability, path + ".capability_range", $"actor '{a.Id}': capability range may not go below 0, found {range}");
            }
        }
        if (a.CameoCode is { } cameo && !CameoPattern().IsMatch(cameo) && !problems.HasFailed(path + ".cameo"))
        {
            Report(problems, Rules.InvalidValue, path + ".cameo", $"actor '{a.Id}': CAMEO code '{cameo}' should be three to fifteen capital letters or digits (e.g. USA, PRK, USAGOV)");
        }
        CheckSources(a.Sources, path + ".sources", sourceIds, problems);
    }

    private static void CheckStance(Stance s, string path, Dimension? dimension, SalienceScale salienceScale, HashSet<string> sourceIds, ProblemList problems)
    {
        string who = $"{s.ActorId} on {s.DimensionId}";
        if (dimension is not null && dimension.Scale.Min < dimension.Scale.Max)
        {
            if (!problems.HasFailed(path + ".position") && !dimension.Scale.Contains(s.Position))
            {
                Report(problems, Rules.PositionOutOfScale, path + ".position", $"{who}: position {F(s.Position)} lies outside the dimension's scale {dimension.Scale}");
            }
            if (s.PositionRange is { } pr)
            {
                CheckRange(pr, s.Position, path + ".position_range", $"{who}: position", problems);
                if (!problems.HasFailed(path + ".position_range") && !(dimension.Scale.Contains(pr.Low) && dimension.Scale.Contains(pr.High)))
                {
                    Report(problems, Rules.PositionOutOfScale, path + ".position_range", $"{who}: position range {pr} leaves the dimension's scale {dimension.Scale}");
                }
            }
        }
        double max = salienceScale.Maximum();
        if (!problems.HasFailed(path + ".salience") && !(s.Salience >= 0 && s.Salience <= max))
        {
            string hint = salienceScale == SalienceScale.Fraction && s.Salience > 1 && s.Salience <= 100
                ? " (the file declares salience_scale: 1; remove it to write saliences 0–100)" : "";
            Report(problems, Rules.SalienceOutOfRange, path + ".salience", $"{who}: salience {F(s.Salience)} must lie between 0 and {F(max)}{hint}");
        }
        if (s.SalienceRange is { } sr)
        {
            CheckRange(sr, s.Salience, path + ".salience_range", $"{who}: salience", problems);
            if (!problems.HasFailed(path + ".salience_range") && !(sr.Low >= 0 && sr.High <= max))
            {
                Report(problems, Rules.SalienceOutOfRange, path + ".salience_range", $"{who}: salience range {sr} must lie between 0 and {F(max)}");
            }
        }
        CheckSources(s.Sources, path + ".sources", sourceIds, problems);
    }

    private static void CheckRange(Interval range, double value, string path, string what, ProblemList problems)
    {
        if (problems.HasFailed(path) || problems.HasFailed(path + "[0]") || problems.HasFailed(path + "[1]")) return;
        if (range.Low > range.High)
        {
            Report(problems, Rules.RangeInverted, path, $"{what} range {range}: low is above high");
        }
        else if (double.IsFinite(value) && !range.Contains(value))
        {
            Report(problems, Rules.RangeExcludesValue, path, $"{what} range {range} does not contain the value itself ({F(value)})");
        }
    }

    private static void CheckSources(ValueList<string> ids, string path, HashSet<string> known, ProblemList problems)
    {
        for (int i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]) && !problems.HasFailed($"{path}[{i}]"))
            {
                Report(problems, Rules.UnknownSource, $"{path}[{i}]", $"source '{ids[i]}' is not listed under sources ({Preview(known)})");
            }
        }
    }

    private static void CheckWeights(Scenario scenario, ProblemList problems)
    {
        if (problems.Count > 0) return;
        foreach (var dimension in scenario.Dimensions)
        {
            double total = 0;
            foreach (var stance in scenario.Stances)
            {
                if (stance.DimensionId != dimension.Id) continue;
                int i = scenario.ActorIndex(stance.ActorId);
                total += scenario.Actors[i].Capability * stance.Salience;
            }
            if (!(total > 0))
            {
                problems.AddGeneral(Rules.NoWeight,
                    $"dimension '{dimension.Id}': every actor has zero capability or zero salience, so no model can weigh the positions",
                    problems.Map.Find($"dimensions[{scenario.DimensionIndex(dimension.Id)}]"));
            }
        }
    }

    private static HashSet<string> CheckIds(IReadOnlyList<string> ids, string listPath, string what, ProblemList problems)
    {
        var unique = new HashSet<string>(StringComparer.Ordinal);
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            string path = $"{listPath}[{i}].id";
            if (problems.HasFailed(path)) continue;
            string id = ids[i];
            if (!IdPattern().IsMatch(id) || id.Length > MaxIdLength)
            {
                Report(problems, id.Length == 0 ? Rules.MissingField : Rules.InvalidId, path,
                    id.Length == 0 ? $"{what} id is empty" : $"{what} id '{id}' may hold only letters, digits, '_' and '-' (at most {MaxIdLength}); dots and spaces would break --set {what.ToUpperInvariant()}.… paths");
                continue;
            }
            if (!unique.Add(id))
            {
                Report(problems, Rules.DuplicateId, path, $"{what} id '{id}' is used twice (first at {listPath}[{firstIndex[id]}])");
                continue;
            }
            firstIndex[id] = i;
        }
        return unique;
    }

    private static void Report(ProblemList problems, string rule, string path, string message) => problems.Add(rule, path, message);

    private static string Preview(IEnumerable<string> ids)
    {
        var list = ids.Take(8).ToList();
        return list.Count == 0 ? "none defined" : string.Join(", ", list) + (ids.Skip(8).Any() ? ", …" : "");
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\p{L}\p{N}_\-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z0-9]{3,15}$")]
    private static partial Regex CameoPattern();
}
