using System.Globalization;
using Parley.Core;

namespace Parley.Benchmarks;

/// <summary>Uniform random scenarios for scaling curves: capability 1–100, positions 0–100, salience 10–100.</summary>
public static class SyntheticScenario
{
    public static Scenario Create(int actors, int dimensions, int seed)
    {
        var random = new Random(seed);
        var actorList = Enumerable.Range(0, actors)
            .Select(i => new Actor("A" + i.ToString("D4", CultureInfo.InvariantCulture), "Actor " + i, 1 + 99 * random.NextDouble()))
            .ToValueList();
        var dimensionList = Enumerable.Range(0, dimensions)
            .Select(k => new Dimension("D" + k, "Dimension " + k, Scale.Default, StatusQuo: 50))
            .ToValueList();
        var stances = new List<Stance>();
        foreach (var a in actorList)
        {
            foreach (var d in dimensionList)
            {
                stances.Add(new Stance(a.Id, d.Id, Math.Round(100 * random.NextDouble(), 2), Math.Round(10 + 90 * random.NextDouble(), 2)));
            }
        }
        return new Scenario($"Synthetic {actors}×{dimensions}", actorList, dimensionList, stances.ToValueList());
    }
}
