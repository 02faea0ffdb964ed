namespace Parley.Events.Reference;

/// <summary>
/// The four-way split of CAMEO events that analysts plot as separate series. GDELT and ICEWS
/// assign the root codes differently (see <see cref="QuadRule"/>), so a QuadClass is only
/// meaningful together with the rule that produced it.
/// </summary>
public enum QuadClass : byte
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

public static class QuadClassNames
{
    /// <summary>Short keys used in JSON and CSV output.</summary>
    public static string Key(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "verbal_cooperation",
        QuadClass.MaterialCooperation => "material_cooperation",
        QuadClass.VerbalConflict => "verbal_conflict",
        QuadClass.MaterialConflict => "material_conflict",
        _ => "unknown",
    };

    public static string Label(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "verbal coop.",
        QuadClass.MaterialCooperation => "material coop.",
        QuadClass.VerbalConflict => "verbal conflict",
        QuadClass.MaterialConflict => "material conflict",
        _ => "unknown",
    };

    public static readonly QuadClass[] All =
        [QuadClass.VerbalCooperation, QuadClass.MaterialCooperation, QuadClass.VerbalConflict, QuadClass.MaterialConflict];
}
