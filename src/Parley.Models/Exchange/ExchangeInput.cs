using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Models.Exchange;

/// <summary>
/// What the exchange model works on: actors and issues with, per actor-issue, a position on the
/// internal 0–100 scale, a salience and a capability. Decide's data format gives capability per
/// actor-issue and allows an actor to sit out an issue (<see cref="Present"/> false); a Parley
/// scenario gives one capability per actor, and an actor with salience 0 sits the issue out
/// (the exchange formulas divide by salience × capability).
/// </summary>
public sealed class ExchangeInput
{
    public ExchangeInput(string[] actorIds, string[] issueIds, double[] lower, double[] upper)
    {
        ActorIds = actorIds;
        IssueIds = issueIds;
        Lower = lower;
        Upper = upper;
        int cells = actorIds.Length * issueIds.Length;
        Position = new double[cells];
        Salience = new double[cells];
        Power = new double[cells];
        Present = new bool[cells];
    }

    public string[] ActorIds { get; }

    /// <summary>What this input was built from (lets a thread reuse it for the same scenario).</summary>
    internal object? Tag { get; set; }

    public string[] IssueIds { get; }

    public int ActorCount => ActorIds.Length;

    public int IssueCount => IssueIds.Length;

    /// <summary>Scale ends per issue; positions are normalised to 0–100 between them.</summary>
    public double[] Lower { get; }

    public double[] Upper { get; }

    /// <summary>Position of actor i on issue k at [k * ActorCount + i], normalised to 0–100.</summary>
    public double[] Position { get; }

    /// <summary>Salience at [k * ActorCount + i], as given (Decide and Parley both use 0–1).</summary>
    public double[] Salience { get; }

    /// <summary>Capability at [k * ActorCount + i].</summary>
    public double[] Power { get; }

    /// <summary>Whether actor i takes part on issue k.</summary>
    public bool[] Present { get; }

    /// <summary>Decide's normalisation: (x − lower) · 100 / (upper − lower).</summary>
    public double Normalize(int issue, double value)
    {
        double delta = Upper[issue] - Lower[issue];
        return delta == 0 ? 0 : (value - Lower[issue]) * (100.0 / delta);
    }

    /// <summary>Decide's inverse (which maps exactly 0 to the lower end).</summary>
    public double Denormalize(int issue, double value)
    {
        double delta = Upper[issue] - Lower[issue];
        if (value == 0 || delta == 0) return Lower[issue];
        return value / (100.0 / delta) + Lower[issue];
    }

    /// <summary>Sets one actor-issue from values on the issue's own scale.</summary>
    public void Set(int actor, int issue, double position, double salience, double power)
    {
        int c = issue * ActorCount + actor;
        Position[c] = Normalize(issue, position);
        Salience[c] = salience;
        Power[c] = power;
        Present[c] = salience > 0 && power > 0;
    }

    /// <summary>The scenario's numbers (saliences as fractions), with salience-0 or capability-0 actor-issues sitting out.</summary>
    public static ExchangeInput From(CompiledScenario scenario)
    {
        var input = new ExchangeInput(
            [.. scenario.Source.Actors.Select(a => a.Id)],
            [.. scenario.Source.Dimensions.Select(d => d.Id)],
            (double[])scenario.ScaleMin.Clone(),
            (double[])scenario.ScaleMax.Clone());
        input.Load(scenario);
        return input;
    }

    /// <summary>Decide's data as Decide reads it: power per actor-issue, absent actor-issues sitting out.</summary>
    public static ExchangeInput From(DecideDataset data)
    {
        var input = new ExchangeInput(
            [.. data.Actors.Select(a => a.Id)],
            [.. data.Issues.Select(d => d.Id)],
            [.. data.Issues.Select(d => d.Lower)],
            [.. data.Issues.Select(d => d.Upper)]);
        foreach (var e in data.ActorIssues) input.Set(e.Actor, e.Issue, e.Position, e.Salience, e.Power);
        return input;
    }

    /// <summary>Overwrites the numbers with <paramref name="scenario"/>'s (same shape), without allocating.</summary>
    public void Load(CompiledScenario scenario)
    {
        int n = scenario.ActorCount;
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            Lower[k] = scenario.ScaleMin[k];
            Upper[k] = scenario.ScaleMax[k];
            for (int i = 0; i < n; i++)
            {
                int c = k * n + i;
                Set(i, k, scenario.Position[c], scenario.Salience[c], scenario.Capability[i]);
            }
        }
    }
}
