namespace Parley.Models.Spatial;

/// <summary>
/// Which behaviour the Spatial Model of Politics follows where KTAB has a flaw
/// (docs/models/spatial-model.md lists every difference).
/// </summary>
public enum SmpPreset
{
    /// <summary>Parley's default: KTAB's model with its flaws corrected.</summary>
    Parley,

    /// <summary>KTAB exactly, flaws included where they are reproducible, for parity with KTAB's outputs.</summary>
    Ktab,
}
