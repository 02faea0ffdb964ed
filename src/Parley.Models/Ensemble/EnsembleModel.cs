using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Models.Ensemble;

/// <summary>
/// Combines several models into one forecast: the weighted average of their outcomes on each
/// dimension (equal weights unless set), with the members' disagreement reported as
/// <see cref="ModelSpread"/>. Weights can later be fitted by a backtest.
/// </summary>
public sealed class EnsembleModel : IBargainingModel
{
    private readonly IBargainingModel[] members;
    private readonly double[] weights;

    public EnsembleModel(IReadOnlyList<IBargainingModel> members, IReadOnlyList<double>? weights = null)
    {
        if (members.Count == 0) throw new ArgumentException("An ensemble needs at least one member.", nameof(members));
        this.members = [.. members];
        var w = weights?.ToArray() ?? Enumerable.Repeat(1.0, members.Count).ToArray();
        if (w.Length != members.Count || w.Any(x => !(x >= 0)) || !(w.Sum() > 0)) throw new ArgumentException("Weights must be ≥ 0, one per member, not all zero.", nameof(weights));
        double total = w.Sum();
        this.weights = w.Select(x => x / total).ToArray();
    }

    public string Id => "ensemble";

    public string Name => "Ensemble (" + string.Join(", ", members.Select((m, i) => m.Id + " " + weights[i].ToString("0.##", CultureInfo.InvariantCulture))) + ")";

    public bool IsDynamic => false;

    public IReadOnlyList<IBargainingModel> Members => members;

    public IReadOnlyList<double> Weights => weights;

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var forecasts = members.Select(m => m.Run(scenario, cancellationToken)).ToArray();
        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(scenario.DimensionCount);
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            var outcomes = forecasts.Select(f => f.Dimensions[k].Outcome).ToArray();
            double mean = Combine(outcomes);
            double variance = 0;
            for (int m = 0; m < outcomes.Length; m++) variance += weights[m] * (outcomes[m] - mean) * (outcomes[m] - mean);
            var spread = new ModelSpread(outcomes.Min(), outcomes.Max(), Math.Sqrt(variance),
                [.. members.Select((member, m) => new MemberOutcome(member.Id, outcomes[m], weights[m]))]);
            dimensions.Add(new DimensionForecast(scenario.Source.Dimensions[k].Id, mean, ImmutableArray<Round>.Empty, null,
                [string.Create(CultureInfo.InvariantCulture, $"members disagree by {spread.Max - spread.Min:0.#} points (sd {spread.StandardDeviation:0.#})")], spread));
        }
        return new Forecast(Id, Name, dimensions.MoveToImmutable());
    }

    public void Predict(CompiledScenario scenario, Span<double> outcomes)
    {
        int k = scenario.DimensionCount;
        Span<double> member = k <= 64 ? stackalloc double[k] : new double[k];
        outcomes[..k].Clear();
        for (int m = 0; m < members.Length; m++)
        {
            members[m].Predict(scenario, member);
            for (int d = 0; d < k; d++) outcomes[d] += weights[m] * member[d];
        }
    }

    private double Combine(double[] outcomes)
    {
        double sum = 0;
        for (int m = 0; m < outcomes.Length; m++) sum += weights[m] * outcomes[m];
        return sum;
    }
}
