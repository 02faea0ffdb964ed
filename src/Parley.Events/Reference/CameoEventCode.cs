namespace Parley.Events.Reference;

/// <summary>
/// One CAMEO event code with the labels and scores each dataset uses. Codes are strings: the
/// leading zero matters (<c>042</c> is "make a visit"; <c>42</c> is not a CAMEO code).
/// </summary>
/// <param name="Name">The CAMEO 1.1b3 label, as used by ICEWS (GDELT's lookup has older labels for 101, 103, 105–108).</param>
/// <param name="GoldsteinGdelt">GDELT's Goldstein score; null for the one ICEWS-only code (1213).</param>
/// <param name="GoldsteinIcews">ICEWS's Goldstein score ("Intensity"); null where ICEWS has no entry.</param>
public sealed record CameoEventCode(
    string Code,
    string RootCode,
    int Level,
    string Name,
    string? GdeltName,
    double? GoldsteinGdelt,
    double? GoldsteinIcews,
    string? PloverCategory)
{
    public int Root => (RootCode[0] - '0') * 10 + (RootCode[1] - '0');

    public QuadClass Quad(QuadRule rule) => QuadRules.Classify(rule, Root)!.Value;

    /// <summary>The GDELT score where GDELT has one, else the ICEWS score: the default for hand-entered events.</summary>
    public double? Goldstein => GoldsteinGdelt ?? GoldsteinIcews;
}
