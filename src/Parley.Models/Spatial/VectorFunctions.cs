using System.Numerics;
using System.Runtime.CompilerServices;

namespace Parley.Models.Spatial;

/// <summary>
/// <see cref="KtabFunctions"/> on several independent lanes at once. Every lane performs exactly
/// the scalar operations in the scalar order (IEEE arithmetic is exact per lane, and .NET never
/// fuses a multiply and an add on its own), so vector and scalar paths agree to the last bit.
/// </summary>
internal static class VectorFunctions
{
    public static readonly Vector<double> One = Vector<double>.One;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Utility(Vector<double> d, double r)
    {
        var oneMinusD = One - d;
        var near = oneMinusD * (One + d * r);
        var far = oneMinusD * (1 + r);
        return Vector.ConditionalSelect(Vector.LessThanOrEqual(d, One), near, far);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Utility(Vector<double> d, Vector<double> r)
    {
        var oneMinusD = One - d;
        var near = oneMinusD * (One + d * r);
        var far = oneMinusD * (One + r);
        return Vector.ConditionalSelect(Vector.LessThanOrEqual(d, One), near, far);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Vote(VotingRule rule, double w, Vector<double> ua, Vector<double> ub) => Vote(rule, new Vector<double>(w), ua, ub);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Vote(VotingRule rule, Vector<double> w, Vector<double> ua, Vector<double> ub)
    {
        var du = ua - ub;
        switch (rule)
        {
            case VotingRule.Prop:
                return w * du;
            case VotingRule.Binary:
                return w * BinaryResponse(du);
            case VotingRule.PropBin:
                return w * (new Vector<double>(1 - 0.2) * du + new Vector<double>(0.2) * BinaryResponse(du));
            case VotingRule.PropCbc:
                return w * (new Vector<double>(1 - 0.5) * du + new Vector<double>(0.5) * (du * du * du));
            case VotingRule.Cubic:
                return w * (du * du * du);
            default:
            {
                var loss = w * du;
                var gain = (new Vector<double>(2.0) * w * du) / new Vector<double>(3.0);
                var zero = Vector<double>.Zero;
                return Vector.ConditionalSelect(Vector.LessThan(du, zero), loss, Vector.ConditionalSelect(Vector.GreaterThan(du, zero), gain, zero));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> BinaryResponse(Vector<double> du)
    {
        var r = du / new Vector<double>(KtabFunctions.BinaryVoteRamp);
        r = Vector.ConditionalSelect(Vector.GreaterThan(r, One), One, r);
        r = Vector.ConditionalSelect(Vector.LessThan(r, -One), -One, r);
        return r;
    }

    /// <summary><c>if (v &gt; 0) plus += v; if (v &lt; 0) minus -= v;</c> per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector<double> v, ref Vector<double> plus, ref Vector<double> minus)
    {
        var zero = Vector<double>.Zero;
        plus = Vector.ConditionalSelect(Vector.GreaterThan(v, zero), plus + v, plus);
        minus = Vector.ConditionalSelect(Vector.LessThan(v, zero), minus - v, minus);
    }
}
