using Parley.Core;

namespace Parley.Models.Tests.Procedural;

/// <summary>Builds a one-dimension scenario (scale 0–100) from positions, saliences and a rule.</summary>
internal static class OneDimension
{
    public static CompiledScenario Build(double[] positions, double? statusQuo, DecisionRule? rule = null, double[]? saliences = null, double[]? capabilities = null)
    {
        var actors = positions.Select((_, i) => new Actor(Id(i), Id(i), capabilities?[i] ?? 1)).ToValueList();
        var stances = positions.Select((p, i) => new Stance(Id(i), "x", p, saliences?[i] ?? 50)).ToValueList();
        // At least one actor must carry weight for the scenario to be valid.
        if (stances.All(s => s.Salience == 0) || actors.All(a => a.Capability == 0))
        {
            actors = actors.Select((a, i) => i == 0 ? a with { Capability = 1 } : a).ToValueList();
            stances = stances.Select((s, i) => i == 0 ? s with { Salience = 50 } : s).ToValueList();
        }
        var scenario = new Scenario("test", actors, ValueList.Of(new Dimension("x", "X", Scale.Default, StatusQuo: statusQuo)), stances, DecisionRule: rule);
        return CompiledScenario.Compile(scenario);
    }

    public static string Id(int i) => ((char)('A' + i)).ToString();
}
