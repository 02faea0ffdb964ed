using System.Collections.Immutable;
using Parley.Core;
using Parley.Models;
using Parley.Models.Baseline;

namespace Parley.Analysis.Leverage;

/// <summary>The leverage table, largest effect first, and the median model's pivotal actors.</summary>
public sealed record LeverageResult(string ModelId, ImmutableArray<double> Baseline, ImmutableArray<LeverageRow> Rows, ImmutableArray<PivotalActor> Pivotal)
{
    /// <summary>The rows about one dimension, largest effect first: the top row answers "whose mind matters most here?".</summary>
    public IEnumerable<LeverageRow> For(string dimensionId) => Rows.Where(r => r.Dimension == dimensionId);
}

/// <summary>
/// "Whose shift moves the outcome most?" Nudges every actor's position, salience and capability up
/// and down, one at a time, reruns the model and records how far each dimension's forecast moves.
/// Nudges are clamped to the scale (a position at 100 cannot go higher), and the applied nudge is reported.
/// </summary>
public static class LeverageAnalysis
{
    private readonly record struct Nudge(int Actor, int Dimension, LeverageParameter Parameter, int Sign);

    public static LeverageResult Run(Scenario scenario, IBargainingModel model, LeverageOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LeverageOptions();
        var compiled = CompiledScenario.Compile(scenario);
        int n = compiled.ActorCount, k = compiled.DimensionCount;
        var baseline = new double[k];
        model.Predict(compiled, baseline);

        var nudges = new List<Nudge>();
        for (int i = 0; i < n; i++)
        {
            for (int d = 0; d < k; d++)
            {
                nudges.Add(new Nudge(i, d, LeverageParameter.Position, +1));
                nudges.Add(new Nudge(i, d, LeverageParameter.Position, -1));
                nudges.Add(new Nudge(i, d, LeverageParameter.Salience, +1));
                nudges.Add(new Nudge(i, d, LeverageParameter.Salience, -1));
            }
            nudges.Add(new Nudge(i, -1, LeverageParameter.Capability, +1));
            nudges.Add(new Nudge(i, -1, LeverageParameter.Capability, -1));
        }

        var results = new (double From, double To, double[] Outcomes)[nudges.Count];
        var perDimension = model as IDimensionwisePredictor;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, nudges.Count, parallel, () => compiled.Clone(), (index, _, work) =>
        {
            var nudge = nudges[index];
            var (array, slot, from, to) = Apply(compiled, nudge, options);
            array(work)[slot] = to;
            var outcomes = new double[k];
            try
            {
                if (perDimension is not null && nudge.Parameter != LeverageParameter.Capability)
                {
                    // Dimensions do not interact in this model: only the nudged one can move.
                    baseline.CopyTo(outcomes, 0);
                    outcomes[nudge.Dimension] = perDimension.PredictDimension(work, nudge.Dimension);
                }
                else
                {
                    model.Predict(work, outcomes);
                }
            }
            catch (ModelFailedException failed)
            {
                // The scenario runs but this variant of it does not: say which nudge, so the user
                // knows the ranking cannot be complete, rather than a bare model message.
                array(work)[slot] = from;
                throw new ModelFailedException(failed.ModelId, $"leverage cannot rank every nudge: with {Describe(scenario, nudge, from, to)} the model refuses to run ({failed.Message}); choose settings under which every nudged variant runs, or change the inputs");
            }
            array(work)[slot] = from;
            results[index] = (from, to, outcomes);
            return work;
        }, _ => { });

        var rows = new List<LeverageRow>();
        double salienceUnit = scenario.SalienceScale.Maximum();
        for (int index = 0; index < nudges.Count; index++)
        {
            var nudge = nudges[index];
            var (from, to, outcomes) = results[index];
            string actor = scenario.Actors[nudge.Actor].Id;
            if (nudge.Parameter == LeverageParameter.Capability)
            {
                double delta = from == 0 ? 0 : nudge.Sign * options.CapabilityShare;
                for (int d = 0; d < k; d++) rows.Add(new LeverageRow(actor, scenario.Dimensions[d].Id, nudge.Parameter, delta, from, to, outcomes[d] - baseline[d]));
                continue;
            }
            int dim = nudge.Dimension;
            double scale = nudge.Parameter == LeverageParameter.Salience ? salienceUnit : 1;
            rows.Add(new LeverageRow(actor, scenario.Dimensions[dim].Id, nudge.Parameter,
                (to - from) * (nudge.Parameter == LeverageParameter.Salience ? 100 : 1), from * scale, to * scale, outcomes[dim] - baseline[dim]));
        }
        // Largest effect first; ties in a fixed order so output is stable.
        var ranked = rows.Select((row, order) => (row, order))
            .OrderByDescending(x => Math.Abs(x.row.Shift))
            .ThenBy(x => x.order)
            .Select(x => x.row)
            .ToImmutableArray();
        return new LeverageResult(model.Id, [.. baseline], ranked, PivotalActors(compiled));
    }

    private static string Describe(Scenario scenario, Nudge nudge, double from, double to)
    {
        string actor = scenario.Actors[nudge.Actor].Id;
        string F(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return nudge.Parameter switch
        {
            LeverageParameter.Capability => $"{actor}'s capability {F(from)} → {F(to)}",
            LeverageParameter.Salience => $"{actor}'s salience on {scenario.Dimensions[nudge.Dimension].Id} {F(from * scenario.SalienceScale.Maximum())} → {F(to * scenario.SalienceScale.Maximum())}",
            _ => $"{actor}'s position on {scenario.Dimensions[nudge.Dimension].Id} {F(from)} → {F(to)}",
        };
    }

    private static (Func<CompiledScenario, double[]> Array, int Slot, double From, double To) Apply(CompiledScenario c, Nudge nudge, LeverageOptions options)
    {
        int n = c.ActorCount;
        switch (nudge.Parameter)
        {
            case LeverageParameter.Position:
            {
                int slot = nudge.Dimension * n + nudge.Actor;
                double width = c.ScaleMax[nudge.Dimension] - c.ScaleMin[nudge.Dimension];
                double from = c.Position[slot];
                double to = Math.Clamp(from + nudge.Sign * options.PositionShareOfScale * width, c.ScaleMin[nudge.Dimension], c.ScaleMax[nudge.Dimension]);
                return (x => x.Position, slot, from, to);
            }
            case LeverageParameter.Salience:
            {
                int slot = nudge.Dimension * n + nudge.Actor;
                double from = c.Salience[slot];
                double to = Math.Clamp(from + nudge.Sign * options.SaliencePoints / 100, 0, 1);
                return (x => x.Salience, slot, from, to);
            }
            default:
            {
                double from = c.Capability[nudge.Actor];
                return (x => x.Capability, nudge.Actor, from, from * (1 + nudge.Sign * options.CapabilityShare));
            }
        }
    }

    /// <summary>For each dimension, the actors standing at the weighted median (ties listed together).</summary>
    private static ImmutableArray<PivotalActor> PivotalActors(CompiledScenario c)
    {
        var pivotal = ImmutableArray.CreateBuilder<PivotalActor>();
        for (int d = 0; d < c.DimensionCount; d++)
        {
            double median = WeightedStatistics.Median(c.Positions(d), c.Saliences(d), c.Capability);
            var positions = c.Positions(d);
            var saliences = c.Saliences(d);
            for (int i = 0; i < c.ActorCount; i++)
            {
                if (positions[i] == median && c.Capability[i] * saliences[i] > 0)
                {
                    pivotal.Add(new PivotalActor(c.Source.Dimensions[d].Id, c.Source.Actors[i].Id, median));
                }
            }
        }
        return pivotal.ToImmutable();
    }
}
