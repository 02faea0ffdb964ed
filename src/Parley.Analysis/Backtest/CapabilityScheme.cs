using System.Collections.Concurrent;
using System.Collections.Immutable;
using Parley.Analysis.Backtest.Deu;
using Parley.Analysis.Power;

namespace Parley.Analysis.Backtest;

/// <summary>
/// Where actors' capabilities come from in a backtest, since DEU has no power variable:
/// <c>equal</c>, <c>gdp</c> (the shared GDP row), or the Shapley–Shubik (<c>ss</c>) or Banzhaf
/// (<c>bz</c>) index of each actor in the legislative game of the issue's time, procedure and
/// voting rule (<see cref="CouncilRegimeSelector"/>, <see cref="LegislativeRule"/>).
/// </summary>
public abstract class CapabilityScheme
{
    public abstract string Id { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyDictionary<string, double> For(DeuIssue issue, DeuDataset data);

    public static readonly CapabilityScheme Equal = new Fixed("equal", "every actor 1", (_, _) => null);
    public static readonly CapabilityScheme Gdp = new Fixed("gdp", "GDP row shipped with the DEU copy (Commission and Parliament = Germany)", (_, d) => d.Gdp);
    public static readonly CapabilityScheme ShapleyShubik = new PowerIndex(true);
    public static readonly CapabilityScheme Banzhaf = new PowerIndex(false);

    public static ImmutableArray<CapabilityScheme> All => [Equal, Gdp, ShapleyShubik, Banzhaf];

    public static CapabilityScheme? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private sealed class Fixed(string id, string description, Func<DeuIssue, DeuDataset, IReadOnlyDictionary<string, double>?> table) : CapabilityScheme
    {
        public override string Id => id;

        public override string Description => description;

        public override IReadOnlyDictionary<string, double> For(DeuIssue issue, DeuDataset data) =>
            table(issue, data) ?? issue.Positions.ToDictionary(p => p.Actor, _ => 1.0, StringComparer.Ordinal);
    }

    private sealed class PowerIndex(bool shapley) : CapabilityScheme
    {
        private static readonly ConcurrentDictionary<string, Lazy<PowerIndices>> cache = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, Lazy<CoalitionCounts>> councils = new(StringComparer.Ordinal);

        public override string Id => shapley ? "ss" : "bz";

        public override string Description => (shapley ? "Shapley–Shubik" : "Banzhaf") + " index in the legislative game of the issue's Council regime, procedure and voting rule";

        public override IReadOnlyDictionary<string, double> For(DeuIssue issue, DeuDataset data)
        {
            var rule = CouncilRegimeSelector.Rule(issue, data, out string key);
            // The Council's counts are shared by both procedures; only the legislative layer differs.
            string councilKey = key[..key.LastIndexOf('|')];
            var indices = cache.GetOrAdd(key, _ => new Lazy<PowerIndices>(() =>
                LegislativeGamePower.Compute(rule, councils.GetOrAdd(councilKey, _ => new Lazy<CoalitionCounts>(() => CoalitionCounter.Count(rule.Council))).Value))).Value;
            return LegislativeGamePower.ByPlayer(indices, shapley);
        }
    }
}
