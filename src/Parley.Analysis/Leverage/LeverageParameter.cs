namespace Parley.Analysis.Leverage;

/// <summary>Which of an actor's numbers is moved to measure its leverage.</summary>
public enum LeverageParameter
{
    /// <summary>Its position on the dimension, moved by ±10 % of the scale.</summary>
    Position,

    /// <summary>Its salience on the dimension, moved by ±20 points (of 100).</summary>
    Salience,

    /// <summary>Its capability, scaled by ±20 %.</summary>
    Capability,
}
