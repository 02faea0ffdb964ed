using System.Globalization;
using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models.Ensemble;

/// <summary>
/// Builds an ensemble from settings: <c>members=mean,median,eu</c> (default: every model of the
/// catalog marked <see cref="ModelDescriptor.InDefaultEnsemble"/>), <c>weights=mean:2,eu:1</c>
/// (default: equal), and settings for a member written <c>MEMBER.NAME=VALUE</c> (e.g. <c>eu.preset=dmasad</c>).
/// </summary>
public static class EnsembleFactory
{
    /// <summary>What the settings say before the members are looked up in a catalog.</summary>
    public sealed record EnsembleSettings(IReadOnlyList<string>? Members, IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<string, string> MemberSettings);

    public static SettingsBinder<EnsembleSettings> Binder { get; } = new SettingsBinder<EnsembleSettings>("ensemble",
            new EnsembleSettings(null, new Dictionary<string, double>(), new Dictionary<string, string>()))
        .Add("members", "comma-separated model ids", [], "the models to combine", s => s.Members is null ? "every standalone model" : string.Join(",", s.Members),
            (s, text) => (s with { Members = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) }, null))
        .Add("weights", "MODEL:WEIGHT list, WEIGHT ≥ 0", [], "relative weight of each member (normalised to sum to 1)", s => s.Weights.Count == 0 ? "equal" : string.Join(",", s.Weights.Select(w => $"{w.Key}:{w.Value.ToString(CultureInfo.InvariantCulture)}")),
            (s, text) => TryParseWeights(text, out var weights, out var error) ? (s with { Weights = weights }, null) : (null, error))
        .Prefixed((s, prefixed) => s with { MemberSettings = prefixed });

    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings, ModelCatalog catalog)
    {
        var bound = Binder.Bind(settings);
        if (!bound.Success) return ParseResult<IBargainingModel>.ForProblems(bound.Problems);
        var (chosen, weights, memberSettings) = bound.Value;
        var ids = chosen ?? [.. catalog.DefaultEnsemble.Select(e => e.Id)];
        var problems = new List<Problem>();

        var members = new List<IBargainingModel>();
        foreach (var id in ids)
        {
            var entry = catalog.Lookup(id);
            if (entry is null || entry.CombinesModels)
            {
                problems.Add(new Problem(Rules.InvalidValue, $"ensemble member '{id}' is not a model; choose from {string.Join(", ", catalog.Runnable.Select(e => e.Id))}", Field: "parameters.ensemble.members"));
                continue;
            }
            var own = memberSettings.Where(s => s.Key.StartsWith(entry.Id + ".", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(s => s.Key[(entry.Id.Length + 1)..], s => s.Value, StringComparer.OrdinalIgnoreCase);
            var model = entry.Create(own, catalog);
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

    private static bool TryParseWeights(string text, out IReadOnlyDictionary<string, double> weights, out string? error)
    {
        var parsed = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        weights = parsed;
        error = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0) || !double.IsFinite(value))
            {
                error = $"ensemble weights are written MODEL:WEIGHT with WEIGHT ≥ 0, e.g. mean:2,eu:1; found '{part}'";
                return false;
            }
            parsed[pair[0]] = value;
        }
        return true;
    }
}
