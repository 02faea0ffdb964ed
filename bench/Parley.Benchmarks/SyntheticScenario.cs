using System.Globalization;
using Parley.Core;

namespace Parley.Benchmarks;

/// <summary>Uniform random scenarios for scaling curves: capability 1–100, positions 0–100, salience 10–100.</summary>
public static class SyntheticScenario
{
    /// <param name="withRanges">Give every number an uncertainty range (±10 on positions and saliences, ±20 % capability), for Monte Carlo.</param>
    public static Scenario Create(int actors, int dimensions, int seed, bool withRanges = false)
    {
        var random = new Random(seed);
        var actorList = Enumerable.Range(0, actors)
            .Select(i => new Actor("A" + i.ToString("D4", CultureInfo.InvariantCulture), "Actor " + i, 1 + 99 * random.NextDouble()))
            .Select(a => withRanges ? a with { CapabilityRange = new Interval(a.Capability * 0.8, a.Capability * 1.2) } : a)
            .ToValueList();
        var dimensionList = Enumerable.Range(0, dimensions)
            .Select(k => new Dimension("D" + k, "Dimension " + k, Scale.Default, StatusQuo: 50))
            .ToValueList();
        var stances = new List<Stance>();
        foreach (var a in actorList)
        {
            foreach (var d in dimensionList)
            {
                double position = Math.Round(100 * random.NextDouble(), 2), salience = Math.Round(10 + 90 * random.NextDouble(), 2);
                stances.Add(withRanges
                    ? new Stance(a.Id, d.Id, position, salience, new Interval(Math.Max(0, position - 10), Math.Min(100, position + 10)), new Interval(Math.Max(0, salience - 10), Math.Min(100, salience + 10)))
                    : new Stance(a.Id, d.Id, position, salience));
            }
        }
        return new Scenario($"Synthetic {actors}×{dimensions}", actorList, dimensionList, stances.ToValueList());
    }
}
