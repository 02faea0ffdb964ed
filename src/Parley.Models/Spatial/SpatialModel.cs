using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Parley.Core;
using Parley.Core.Validation;
using Parley.Models.Baseline;

namespace Parley.Models.Spatial;

/// <summary>
/// KTAB's Spatial Model of Politics: every round each actor challenges its most profitable target,
/// proposes an interpolated bargain, and adopts whichever bargain in its queue wins a Probabilistic
/// Condorcet Election among all actors, until movement dies down (docs/models/spatial-model.md).
/// The outcome on a dimension is the expected position of the final state: the distinct final
/// positions weighted by their probability of winning the final state's election.
/// </summary>
public sealed class SpatialModel : ITracingModel
{
    public const string ModelId = "smp";

    [ThreadStatic]
    private static SpatialEngine? cachedEngine;

    private static readonly ConditionalWeakTable<Scenario, ScenarioLayout> layouts = new();

    public SpatialModel(SmpOptions? options = null) => Options = options ?? new SmpOptions();

    public SmpOptions Options { get; }

    public string Id => ModelId;

    public string Name => "Spatial Model of Politics (KTAB)";

    public bool IsDynamic => true;

    /// <summary>Builds the model from text settings (scenario file and command line), or reports what is wrong.</summary>
    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings) =>
        SmpOptions.Parse(settings).Select(options => (IBargainingModel)new SpatialModel(options));

    /// <summary>
    /// The actors who take part. Under the parley preset an actor without capability, or without
    /// salience on every dimension, sits out: it has no say, so it must not change anyone's move
    /// (KTAB lets such an actor propose bargains and stand as an option in every election). The
    /// ktab preset keeps everyone. Returns <paramref name="scenario"/> itself when nobody sits out.
    /// </summary>
    public CompiledScenario Participants(CompiledScenario scenario)
    {
        if (Options.IsKtab) return scenario;
        int n = scenario.ActorCount, m = scenario.DimensionCount;
        Span<bool> active = n <= 256 ? stackalloc bool[n] : new bool[n];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            bool cares = false;
            for (int k = 0; k < m && !cares; k++) cares = scenario.Salience[k * n + i] > 0;
            active[i] = scenario.Capability[i] > 0 && cares;
            if (active[i]) count++;
        }
        if (count == n || count == 0) return scenario;

        var source = scenario.Source;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++) if (active[i]) keep.Add(source.Actors[i].Id);
        var reduced = source with
        {
            Actors = source.Actors.Where(a => keep.Contains(a.Id)).ToValueList(),
            Stances = source.Stances.Where(x => keep.Contains(x.ActorId)).ToValueList(),
            AccommodationList = source.AccommodationList?.Where(a => keep.Contains(a.ActorId) && keep.Contains(a.TowardId)).ToValueList(),
        };
        var compiled = CompiledScenario.Compile(reduced);
        // Carry over the numbers in use (Monte Carlo draws, what-if edits), not just the written ones.
        for (int i = 0, j = 0; i < n; i++)
        {
            if (!active[i]) continue;
            compiled.Capability[j] = scenario.Capability[i];
            for (int k = 0; k < m; k++)
            {
                compiled.Position[k * count + j] = scenario.Position[k * n + i];
                compiled.Salience[k * count + j] = scenario.Salience[k * n + i];
            }
            j++;
        }
        return compiled;
    }

    /// <summary>The full run on a scenario's participants (<see cref="Participants"/>): every state and every round's challenges, bargains and choices.</summary>
    public SpatialRun Simulate(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        scenario = Participants(scenario);
        var layout = Layout(scenario.Source);
        var engine = new SpatialEngine(scenario.ActorCount, scenario.DimensionCount, Options);
        Load(engine, scenario, layout);
        return engine.Run(record: true, cancellationToken)! with { SalienceConvention = layout.Convention(Options.Saliences) };
    }

    /// <summary>The full run on numbers already on KTAB's 0–1 scale (KTAB's generated scenarios, tests).</summary>
    public SpatialRun Simulate(SpatialInput input, CancellationToken cancellationToken = default)
    {
        var engine = new SpatialEngine(input.ActorCount, input.DimensionCount, Options);
        engine.Load(input);
        return engine.Run(record: true, cancellationToken)!;
    }

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        var participants = Participants(scenario);
        if (!ReferenceEquals(participants, scenario)) return WithBystanders(Run(participants, cancellationToken), scenario, participants);
        var run = Simulate(scenario, cancellationToken);
        var outcome = new double[scenario.DimensionCount];
        FinalOutcome(run, outcome);

        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(scenario.DimensionCount);
        var source = scenario.Source;
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            double min = scenario.ScaleMin[k], width = scenario.ScaleMax[k] - min;
            var saliences = scenario.Saliences(k).ToArray();
            var rounds = ImmutableArray.CreateBuilder<Round>(run.States.Length);
            var positions = new double[scenario.ActorCount];
            foreach (var state in run.States)
            {
                for (int i = 0; i < scenario.ActorCount; i++) positions[i] = min + width * state.Positions[i * scenario.DimensionCount + k];
                rounds.Add(new Round(state.Number,
                    WeightedStatistics.Median(positions, saliences, scenario.Capability),
                    WeightedStatistics.Mean(positions, saliences, scenario.Capability),
                    ImmutableArray.Create(positions)));
            }
            double value = min + width * outcome[k];
            dimensions.Add(new DimensionForecast(source.Dimensions[k].Id, value, rounds.MoveToImmutable(), StopText(run),
                Notes(run, scenario, k)));
        }
        return new Forecast(Id, Name, dimensions.MoveToImmutable());
    }

    public void Predict(CompiledScenario scenario, Span<double> outcomes)
    {
        scenario = Participants(scenario);
        var layout = Layout(scenario.Source);
        var engine = cachedEngine;
        if (engine is null || engine.ActorCount != scenario.ActorCount || engine.DimensionCount != scenario.DimensionCount || !ReferenceEquals(engine.Options, Options))
        {
            engine = new SpatialEngine(scenario.ActorCount, scenario.DimensionCount, Options);
            cachedEngine = engine;
        }
        Load(engine, scenario, layout);
        engine.Run(record: false);
        engine.ExpectedOutcome(outcomes);
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            outcomes[k] = scenario.ScaleMin[k] + (scenario.ScaleMax[k] - scenario.ScaleMin[k]) * outcomes[k];
        }
    }

    /// <summary>
    /// A forecast of the participants written for the whole scenario: actors who sat out keep their
    /// positions in every round (they carry no weight, so medians and means are unchanged).
    /// </summary>
    private static Forecast WithBystanders(Forecast forecast, CompiledScenario full, CompiledScenario participants)
    {
        int n = full.ActorCount;
        var index = new int[n];
        for (int i = 0; i < n; i++) index[i] = participants.Source.ActorIndex(full.Source.Actors[i].Id);
        var bystanders = full.Source.Actors.Where((_, i) => index[i] < 0).Select(a => a.Id).ToList();
        var dimensions = forecast.Dimensions.Select((d, k) => d with
        {
            Rounds = [.. d.Rounds.Select(r => r with
            {
                Positions = [.. Enumerable.Range(0, n).Select(i => index[i] >= 0 ? r.Positions[index[i]] : full.Positions(k)[i])],
            })],
            Notes = d.NoteList.Add($"Without capability or salience, {string.Join(", ", bystanders)} sat out (preset parley).")
        });
        return forecast with { Dimensions = [.. dimensions] };
    }

    /// <summary>The stop reason as it appears in forecasts: <c>converged</c> or <c>round-cap</c>.</summary>
    public static string StopText(SpatialRun run) => run.StopReason == SpatialStopReason.Converged ? "converged" : "round-cap";

    /// <summary>Expected final position per dimension (0–1): distinct positions weighted by their win probability.</summary>
    private static void FinalOutcome(SpatialRun run, Span<double> outcome)
    {
        var final = run.Final;
        int n = run.ActorCount, m = run.DimensionCount;
        outcome.Clear();
        var counted = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (IsCounted(run, counted, i)) continue;
            counted.Add(i);
            for (int k = 0; k < m; k++) outcome[k] += final.WinProbabilities[i] * final.Positions[i * m + k];
        }
    }

    private static bool IsCounted(SpatialRun run, List<int> counted, int i)
    {
        int m = run.DimensionCount;
        foreach (int h in counted)
        {
            double squares = 0;
            for (int k = 0; k < m; k++)
            {
                double d = run.Final.Positions[i * m + k] - run.Final.Positions[h * m + k];
                squares += d * d;
            }
            if (Math.Sqrt(squares) < 1e-3) return true;
        }
        return false;
    }

    private ImmutableArray<string> Notes(SpatialRun run, CompiledScenario scenario, int k)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        string rounds = (run.States.Length - 1).ToString(CultureInfo.InvariantCulture);
        notes.Add(run.StopReason == SpatialStopReason.Converged
            ? $"Converged after {rounds} rounds (movement fell below 2 % of the first round's)."
            : $"Stopped at the round cap of {rounds} rounds: the positions cycle rather than converge.");
        notes.Add("Outcome: the final positions weighted by their probability of winning the final state's Probabilistic Condorcet Election.");
        var final = run.Final;
        int best = 0;
        for (int i = 1; i < run.ActorCount; i++) if (final.WinProbabilities[i] > final.WinProbabilities[best]) best = i;
        double min = scenario.ScaleMin[k], width = scenario.ScaleMax[k] - min;
        double modal = min + width * final.Positions[best * run.DimensionCount + k];
        var holders = Enumerable.Range(0, run.ActorCount)
            .Where(i => Math.Abs(final.Positions[i * run.DimensionCount + k] - final.Positions[best * run.DimensionCount + k]) < 1e-3 &&
                        Math.Abs(final.WinProbabilities[i] - final.WinProbabilities[best]) < 1e-12)
            .Select(i => scenario.Source.Actors[i].Id);
        notes.Add(FormattableString.Invariant($"Most likely final position: {modal:0.##} (probability {final.WinProbabilities[best]:0.###}), held by {string.Join(", ", holders)}."));
        if (run.SalienceConvention == SalienceConvention.Mean)
        {
            notes.Add($"Saliences were divided by the number of dimensions ({run.DimensionCount}): the scenario's saliences are per dimension, while the model reads an actor's total salience as the probability that it resists a challenge.");
        }
        if (Options.IsKtab) notes.Add("Preset ktab: KTAB's behaviour, flaws included (docs/models/spatial-model.md).");
        return notes.ToImmutable();
    }

    private void Load(SpatialEngine engine, CompiledScenario scenario, ScenarioLayout layout)
    {
        int n = scenario.ActorCount, m = scenario.DimensionCount;
        if (Options.Saliences == SalienceConvention.Shares && layout.MaxTotal > 1 + 1e-9)
        {
            throw new ModelFailedException(ModelId, FormattableString.Invariant(
                $"salience=shares needs every actor's saliences to sum to at most 100 %, but {layout.MaxTotalActor}'s sum to {100 * layout.MaxTotal:0.##} %; use salience=mean or auto"));
        }
        double divisor = layout.Convention(Options.Saliences) == SalienceConvention.Mean ? m : 1;
        scenario.Capability.CopyTo(engine.CapabilityBuffer);
        var position = engine.PositionBuffer;
        var salience = engine.SalienceBuffer;
        for (int k = 0; k < m; k++)
        {
            double min = scenario.ScaleMin[k], width = scenario.ScaleMax[k] - min;
            var x = scenario.Positions(k);
            var s = scenario.Saliences(k);
            for (int i = 0; i < n; i++)
            {
                position[i * m + k] = (x[i] - min) / width;
                salience[i * m + k] = divisor == 1 ? s[i] : s[i] / divisor;
            }
        }
        engine.SetIdentityAccommodation(layout.Accommodation.IsEmpty);
        if (!layout.Accommodation.IsEmpty)
        {
            var matrix = engine.AccommodationBuffer;
            matrix.Clear();
            for (int i = 0; i < n; i++) matrix[i * n + i] = 1;
            foreach (var (i, j, rate) in layout.Accommodation) matrix[i * n + j] = rate;
        }
        engine.Prepare();
    }

    private static ScenarioLayout Layout(Scenario scenario) => layouts.GetValue(scenario, ScenarioLayout.Of);

    /// <summary>What a scenario implies for the model, worked out once per scenario object.</summary>
    private sealed record ScenarioLayout(double MaxTotal, string MaxTotalActor, ImmutableArray<(int I, int J, double Rate)> Accommodation)
    {
        /// <summary>Shares when every actor's nominal saliences sum to at most 100 % (decided on the scenario as written, so Monte Carlo draws do not flip it).</summary>
        public SalienceConvention Convention(SalienceConvention requested) =>
            requested != SalienceConvention.Auto ? requested : MaxTotal <= 1 + 1e-9 ? SalienceConvention.Shares : SalienceConvention.Mean;

        public static ScenarioLayout Of(Scenario scenario)
        {
            var totals = new double[scenario.Actors.Count];
            foreach (var stance in scenario.Stances)
            {
                int i = scenario.ActorIndex(stance.ActorId);
                if (i >= 0) totals[i] += scenario.SalienceScale.ToFraction(stance.Salience);
            }
            int worst = 0;
            for (int i = 1; i < totals.Length; i++) if (totals[i] > totals[worst]) worst = i;
            double max = totals.Length > 0 ? totals[worst] : 0;
            var entries = scenario.Accommodations
                .Select(a => (scenario.ActorIndex(a.ActorId), scenario.ActorIndex(a.TowardId), a.Rate))
                .Where(e => e.Item1 >= 0 && e.Item2 >= 0)
                .ToImmutableArray();
            return new ScenarioLayout(max, totals.Length > 0 ? scenario.Actors[worst].Id : "", entries);
        }
    }
}
