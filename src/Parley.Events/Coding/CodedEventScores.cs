using Parley.Events.Reference;

namespace Parley.Events.Coding;

/// <summary>Goldstein score and QuadClass of a coded event from the ledger's CAMEO codebook (GDELT rule and score, as for hand-entered events).</summary>
public static class CodedEventScores
{
    public static double? Goldstein(string code) => ReferenceData.Codebook.Find(code)?.Goldstein;

    public static QuadClass? Quad(string code) => ReferenceData.Codebook.Find(code)?.Quad(QuadRule.Gdelt);

    public static string? Label(string code) => ReferenceData.Codebook.Find(code)?.Name;
}
