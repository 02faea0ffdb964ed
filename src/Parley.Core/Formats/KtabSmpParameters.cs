namespace Parley.Core.Formats;

/// <summary>
/// The nine settings of KTAB's Spatial Model of Politics and their values, in KTAB's enum order
/// (the first value is not always the default). KTAB's XML carries them under
/// <c>&lt;ModelParameters&gt;</c>; Parley keeps them as text under <c>parameters: {smp: …}</c> and the
/// model parses them.
/// </summary>
public static class KtabSmpParameters
{
    /// <summary>The model id under which scenario files keep these settings.</summary>
    public const string ModelId = "smp";

    /// <summary>The setting name of the random seed (KTAB's <c>prngSeed</c>).</summary>
    public const string Seed = "seed";

    public static readonly IReadOnlyList<(string Name, string[] Values, string Default)> All =
    [
        ("VictoryProbModel", ["Linear", "Square", "Quartic", "Octic", "Binary"], "Linear"),
        ("PCEModel", ["Conditional", "MarkovIncentive", "MarkovUniform"], "Conditional"),
        ("StateTransitions", ["Deterministic", "Stochastic"], "Deterministic"),
        ("VotingRule", ["Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"], "Prop"),
        ("BigRAdjust", ["None", "OneThird", "Half", "TwoThirds", "Full"], "OneThird"),
        ("BigRRange", ["Min", "Mid", "Max"], "Mid"),
        ("ThirdPartyCommit", ["NoCommit", "SemiCommit", "FullCommit"], "SemiCommit"),
        ("InterVecBrgn", ["S1P1", "S2P2", "S2PMax"], "S2P2"),
        ("BargnModel", ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"], "InitOnlyInterp"),
    ];

    /// <summary>The values of setting <paramref name="name"/> (case-insensitive), or null for an unknown name.</summary>
    public static string[]? ValuesOf(string name)
    {
        foreach (var (n, values, _) in All)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return values;
        }
        return null;
    }
}
