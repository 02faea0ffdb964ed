using Parley.Core;

namespace Parley.Models;

/// <summary>
/// A model whose dimensions do not interact: each dimension's outcome depends only on that
/// dimension's positions and saliences (and the common capabilities). Analyses use this to
/// recompute just the dimension a change touches — a leverage table then costs one dimension per
/// position or salience nudge instead of all of them.
/// </summary>
public interface IDimensionwisePredictor
{
    /// <summary>The outcome of one dimension; equals <see cref="IBargainingModel.Predict"/>'s value for it.</summary>
    double PredictDimension(CompiledScenario scenario, int dimension);
}
