using Parley.Analysis.Leverage;
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

    public IBargainingModel HeadlineModel => Models[Headline];

    public Forecast HeadlineForecast => Forecasts[Headline];

    /// <summary>Runs the analyses. <paramref name="headline"/> indexes <paramref name="models"/>.</summary>
    public static ReportData Compute(Scenario scenario, IReadOnlyList<IBargainingModel> models, int headline, MonteCarloOptions simulation, CancellationToken cancellationToken = default)
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
        return new ReportData(scenario, models, forecasts, headline, result, leverage, perceptions);
    }
}
