using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Models.Ensemble;

/// <summary>
/// Builds an ensemble from settings: <c>members=mean,median,eu</c> (default: every other model in
/// the catalog), <c>weights=mean:2,eu:1</c> (default: equal), and settings for a member written
/// <c>MEMBER.NAME=VALUE</c> (e.g. <c>eu.preset=dmasad</c>).
/// </summary>
internal static class EnsembleFactory
{
    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings)
    {
        var problems = new List<Problem>();
        var ids = settings.TryGetValue("members", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : ModelCatalog.Standalone.Select(e => e.Id).ToList();
        var weights = ParseWeights(settings.TryGetValue("weights", out var w) ? w : null, problems);
        foreach (var key in settings.Keys)
        {
            if (key is "members" or "weights" || key.Contains('.')) continue;
            problems.Add(new Problem(Rules.InvalidValue, $"the ensemble takes members, weights and MEMBER.SETTING values; not '{key}'", Field: "parameters.ensemble"));
        }

        var members = new List<IBargainingModel>();
        foreach (var id in ids)
        {
            var entry = ModelCatalog.Find(id);
            if (entry is null || entry.Id == "ensemble")
            {
                problems.Add(new Problem(Rules.InvalidValue, $"ensemble member '{id}' is not a model; choose from {string.Join(", ", ModelCatalog.Ids.Where(x => x != "ensemble"))}", Field: "parameters.ensemble.members"));
                continue;
            }
            var memberSettings = settings.Where(s => s.Key.StartsWith(entry.Id + ".", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(s => s.Key[(entry.Id.Length + 1)..], s => s.Value, StringComparer.OrdinalIgnoreCase);
            var model = entry.Create(memberSettings);
            if (model.Success) members.Add(model.Value);
            else problems.AddRange(model.Problems);
        }
        foreach (var id in weights.Keys.Where(id => !ids.Contains(id, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"a weight is given for '{id}', which is not a member", Field: "parameters.ensemble.weights"));
        }
        if (members.Count == 0 && problems.Count == 0) problems.Add(new Problem(Rules.InvalidValue, "the ensemble has no members", Field: "parameters.ensemble.members"));
        if (problems.Count > 0) return ParseResult<IBargainingModel>.ForProblems(problems);

        var memberWeights = members.Select(m => weights.TryGetValue(m.Id, out double x) ? x : 1.0).ToArray();
        if (!(memberWeights.Sum() > 0)) return ParseResult<IBargainingModel>.ForProblem(new Problem(Rules.InvalidValue, "ensemble weights are all zero", Field: "parameters.ensemble.weights"));
        return ParseResult<IBargainingModel>.ForValue(new EnsembleModel(members, memberWeights));
    }

    private static Dictionary<string, double> ParseWeights(string? text, List<Problem> problems)
    {
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (text is null) return weights;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0) || !double.IsFinite(value))
            {
                problems.Add(new Problem(Rules.InvalidValue, $"ensemble weights are written MODEL:WEIGHT with WEIGHT ≥ 0, e.g. mean:2,eu:1; found '{part}'", Field: "parameters.ensemble.weights"));
                continue;
            }
            weights[pair[0]] = value;
        }
        return weights;
    }
}
