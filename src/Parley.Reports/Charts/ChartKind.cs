namespace Parley.Reports.Charts;

/// <summary>The charts <c>parley plot --chart</c> and the web API draw from a scenario.</summary>
public enum ChartKind
{
    /// <summary>Actors on the scale, forecasts and status quo (<see cref="PositionMapChart"/>).</summary>
    Map,

    /// <summary>Positions round by round for a dynamic model (<see cref="TrajectoryChart"/>).</summary>
    Trajectory,

    /// <summary>Monte Carlo histogram with the 5–95 % band (<see cref="DistributionChart"/>).</summary>
    Distribution,

    /// <summary>Tornado chart of the largest levers (<see cref="LeverageChart"/>).</summary>
    Leverage,

    /// <summary>How each actor sees each other (<see cref="PerceptionGridChart"/>).</summary>
    Dyads,

    /// <summary>Sobol' indices with bootstrap intervals (<see cref="SensitivityChart"/>).</summary>
    Sensitivity,
}

public static class ChartKindExtensions
{
    public static readonly string[] Names = ["map", "trajectory", "distribution", "leverage", "dyads", "sensitivity"];

    public static ChartKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "map" or "positions" => ChartKind.Map,
        "trajectory" => ChartKind.Trajectory,
        "distribution" or "histogram" => ChartKind.Distribution,
        "leverage" or "tornado" => ChartKind.Leverage,
        "dyads" or "perceptions" => ChartKind.Dyads,
        "sensitivity" or "sobol" => ChartKind.Sensitivity,
        _ => null,
    };

    public static string Id(this ChartKind kind) => Names[(int)kind];

    /// <summary>Whether the chart is about one model (the others draw every selected model).</summary>
    public static bool TakesOneModel(this ChartKind kind) => kind is not ChartKind.Map;
}
