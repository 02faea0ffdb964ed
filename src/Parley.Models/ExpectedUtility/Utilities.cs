using System.Runtime.CompilerServices;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The basic utilities of Scholz, Calbert &amp; Smith (2011, eqs 15, 16, 18, 19, 24) and the expected
/// utility of a challenge (eqs 25a/b). Distances arrive already divided by the range Δ. The
/// arithmetic is written in the order the replications evaluate it, so that their numbers come out
/// bit for bit (multiplying by 0.5 or 0.25 is exact, so (0.5·d)/Δ and 0.5·(d/Δ) agree).
/// </summary>
internal static class Utilities
{
    /// <summary>2 − 4·b^r; r = 1 skips the power, which returns b exactly anyway.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(double b, double r) => 2 - 4 * (r == 1 ? b : Math.Pow(b, r));

    /// <summary>U_s: i succeeds in challenging j, at normalised distance <paramref name="d"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Success(double d, double r) => Of(0.5 - 0.5 * d, r);

    /// <summary>U_f: i's challenge of j fails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Failure(double d, double r) => Of(0.5 + 0.5 * d, r);

    /// <summary>U_b: no challenge, things get better; <paramref name="m"/> = (|x_i − μ| + |x_i − x_j|)/Δ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Better(double m, double r) => Of(0.5 - 0.25 * m, r);

    /// <summary>U_w: no challenge, things get worse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Worse(double m, double r) => Of(0.5 + 0.25 * m, r);

    /// <summary>U_sq: the status quo.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StatusQuo(double r) => Of(0.5, r);

    /// <summary>
    /// E(U_ij) = s_j·[P·U_s + (1 − P)·U_f] + (1 − s_j)·U_s − (status-quo term), with the term as
    /// <paramref name="term"/> reads it (D4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Expected(StatusQuoTerm term, double s, double p, double us, double uf, double usq, double ub, double uw, double q, double t) => term switch
    {
        StatusQuoTerm.Full => s * (p * us + (1 - p) * uf) + (1 - s) * us - q * usq - (1 - q) * (t * ub + (1 - t) * uw),
        StatusQuoTerm.StatusQuoOnly => s * (p * us + (1 - p) * uf) + (1 - s) * us - q * usq,
        _ => (s * (p * us + (1 - p) * uf) + (1 - s) * us) - (q * usq - (1 - q) * (t * ub + (1 - t) * uw)),
    };

    /// <summary>The risk exponent from the relative exposure R ∈ [−1, 1] (Scholz eq. 33).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RiskExponent(double exposure) => (1 - exposure / 3.0) / (1 + exposure / 3.0);
}
