using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Models;

/// <summary>
/// Base for static models that solve each dimension on its own with a closed formula.
/// Subclasses write only <see cref="Solve"/>; running and predicting are shared.
/// </summary>
public abstract class DimensionwiseModel : IBargainingModel, IDimensionwisePredictor
{
    public abstract string Id { get; }

    public abstract string Name { get; }

    public bool IsDynamic => false;

    /// <summary>The outcome on one dimension.</summary>
    public abstract double Solve(DimensionView dimension);

    /// <summary>Plain-language notes on how the outcome of one dimension was reached (optional).</summary>
    protected virtual ImmutableArray<string> Explain(DimensionView dimension) => ImmutableArray<string>.Empty;

    public Forecast Run(CompiledScenario scenario, CancellationToken cancellationToken = default)
    {
        var dimensions = ImmutableArray.CreateBuilder<DimensionForecast>(scenario.DimensionCount);
        for (int k = 0; k < scenario.DimensionCount; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = new DimensionView(scenario, k);
            dimensions.Add(new DimensionForecast(scenario.Source.Dimensions[k].Id, Solve(view), ImmutableArray<Round>.Empty, null, Explain(view)));
        }
        return new Forecast(Id, Name, dimensions.MoveToImmutable());
    }

    public double PredictDimension(CompiledScenario scenario, int dimension) => Solve(new DimensionView(scenario, dimension));

    public void Predict(CompiledScenario scenario, Span<double> outcomes)
    {
        for (int k = 0; k < scenario.DimensionCount; k++) outcomes[k] = Solve(new DimensionView(scenario, k));
    }
}
