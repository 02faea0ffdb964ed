using Parley.Core;
using Parley.Core.Formats;
using Parley.Tests.Shared;

namespace Parley.Analysis.Tests;

internal static class TestScenarios
{
    public static Scenario Flagship() => ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;

    public static Scenario HandCheck() => ScenarioReader.ReadFile(Fixtures.Repo("examples", "hand-check.yaml")).Value;

    /// <summary>The scenario with every uncertainty range removed.</summary>
    public static Scenario WithoutRanges(Scenario s) => s with
    {
        Actors = s.Actors.Select(a => a with { CapabilityRange = null }).ToValueList(),
        Stances = s.Stances.Select(x => x with { PositionRange = null, SalienceRange = null }).ToValueList(),
    };

    /// <summary>The scenario with every range collapsed onto its value (zero width).</summary>
    public static Scenario WithZeroWidthRanges(Scenario s) => s with
    {
        Actors = s.Actors.Select(a => a with { CapabilityRange = new Interval(a.Capability, a.Capability) }).ToValueList(),
        Stances = s.Stances.Select(x => x with { PositionRange = new Interval(x.Position, x.Position), SalienceRange = new Interval(x.Salience, x.Salience) }).ToValueList(),
    };
}
