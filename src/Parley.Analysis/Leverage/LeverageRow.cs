namespace Parley.Analysis.Leverage;

/// <summary>
/// One nudge and its effect: moving <see cref="Actor"/>'s <see cref="Parameter"/> from
/// <see cref="From"/> to <see cref="To"/> moves the forecast of <see cref="Dimension"/> by
/// <see cref="Shift"/> (on that dimension's scale). <see cref="Delta"/> is the signed nudge: scale
/// units for positions, salience points (0–100) for saliences, a fraction (0.2 = +20 %) for capability.
/// </summary>
public sealed record LeverageRow(string Actor, string Dimension, LeverageParameter Parameter, double Delta, double From, double To, double Shift);
