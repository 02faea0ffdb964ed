using System.Collections.Immutable;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Which uncertainty matters: Sobol' indices of each model's forecast on each dimension with respect to
/// every number of the scenario that has a range (positions, saliences, capabilities — the same inputs,
/// read through the same distributions, as <see cref="MonteCarloSimulation"/>). Every model sees the
/// same design points, so their indices are comparable.
/// </summary>
public static class SensitivityAnalysis
{
    /// <exception cref="ArgumentException">The scenario has no input with a range.</exception>
    public static SensitivityResult Run(
        Scenario scenario,
        IReadOnlyList<IBargainingModel> models,
        SensitivityOptions options,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var compiled = CompiledScenario.Compile(scenario);
        var inputs = UncertainInputs.From(compiled);
        if (inputs.Count == 0) throw new ArgumentException("the scenario has no uncertain input (no position, salience or capability with a range)", nameof(scenario));
        var quantiles = inputs.Inputs.Select(i => new InputQuantile(options.Distribution, i.Low, i.Mode, i.High)).ToArray();
        var sobol = SobolAnalysis.Run(quantiles, () => new ScenarioFunction(compiled.Clone(), inputs, models), options, progress, cancellationToken);
        return new SensitivityResult(options, sobol.Sampling,
            [.. SensitivityInput.Describe(compiled, inputs)], [.. models],
            [.. scenario.Dimensions.Select(d => d.Id)], sobol.Outputs);
    }

    /// <summary>Writes the input values into a private copy of the compiled scenario and runs every model on it.</summary>
    private sealed class ScenarioFunction(CompiledScenario work, UncertainInputs inputs, IReadOnlyList<IBargainingModel> models) : IModelFunction
    {
        private readonly UncertainInputs.Input[] _inputs = [.. inputs.Inputs];

        public int Outputs => models.Count * work.DimensionCount;

        public void Evaluate(ReadOnlySpan<double> values, Span<double> outputs)
        {
            for (int u = 0; u < _inputs.Length; u++)
            {
                ref readonly var input = ref _inputs[u];
                switch (input.Target)
                {
                    case UncertainInputs.Target.Position: work.Position[input.Index] = values[u]; break;
                    case UncertainInputs.Target.Salience: work.Salience[input.Index] = values[u]; break;
                    default: work.Capability[input.Index] = values[u]; break;
                }
            }
            int k = work.DimensionCount;
            for (int m = 0; m < models.Count; m++) models[m].Predict(work, outputs.Slice(m * k, k));
        }
    }
}
