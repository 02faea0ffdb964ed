using Parley.Analysis.Leverage;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Models;
using Parley.Reports.Dyads;

namespace Parley.Reports.Html;

/// <summary>
/// Everything a report shows, computed once: every model's forecast, a Monte Carlo simulation of
/// all models (common random numbers), the leverage of the headline model and any perception
/// matrices. The headline model is the one the summary speaks for.
/// </summary>
public sealed record ReportData(
    Scenario Scenario,
    IReadOnlyList<IBargainingModel> Models,
    IReadOnlyList<Forecast> Forecasts,
    int Headline,
    MonteCarloResult Simulation,
    LeverageResult Leverage,
    IReadOnlyList<PerceptionMatrix> Perceptions)
{
    /// <summary>Where the report looks up each model's name, phrases and colour (models not in it get fallbacks).</summary>
    public ModelCatalog Catalog { get; init; } = ModelCatalog.Builtin;

    /// <summary>Sobol' indices of the headline model (null when the scenario has no uncertain input).</summary>
    public SensitivityResult? Sensitivity { get; init; }

    public IBargainingModel HeadlineModel => Models[Headline];

    public Forecast HeadlineForecast => Forecasts[Headline];

    /// <summary>Runs the analyses. <paramref name="headline"/> indexes <paramref name="models"/>.</summary>
    /// <param name="sensitivity">Settings of the Sobol' analysis (default: 1,024 samples, 200 resamples, the simulation's seed and distribution).</param>
    public static ReportData Compute(Scenario scenario, IReadOnlyList<IBargainingModel> models, int headline, MonteCarloOptions simulation, CancellationToken cancellationToken = default, SensitivityOptions? sensitivity = null)
    {
        if (models.Count == 0) throw new ArgumentException("A report needs at least one model.", nameof(models));
        ArgumentOutOfRangeException.ThrowIfNegative(headline);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(headline, models.Count);
        var compiled = CompiledScenario.Compile(scenario);
        var forecasts = models.Select(m => m.Run(compiled, cancellationToken)).ToList();
        var result = MonteCarloSimulation.Run(scenario, models, simulation, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var leverage = LeverageAnalysis.Run(scenario, models[headline], cancellationToken: cancellationToken);
        var perceptions = new List<PerceptionMatrix>();
        foreach (var model in models)
        {
            foreach (var dimension in scenario.Dimensions)
            {
                if (PerceptionAdapter.FromModel(model, compiled, dimension.Id) is { } matrix) perceptions.Add(matrix);
            }
        }
        SensitivityResult? indices = null;
        if (result.UncertainInputCount > 0)
        {
            var options = sensitivity ?? new SensitivityOptions(Samples: 1024, Seed: simulation.Seed, Distribution: simulation.Distribution, Resamples: 200, Threads: simulation.Threads);
            indices = SensitivityAnalysis.Run(scenario, [models[headline]], options, cancellationToken: cancellationToken);
        }
        return new ReportData(scenario, models, forecasts, headline, result, leverage, perceptions) { Sensitivity = indices };
    }
}
