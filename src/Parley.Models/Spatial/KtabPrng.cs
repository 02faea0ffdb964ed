namespace Parley.Models.Spatial;

/// <summary>
/// KTAB's random number generator (<c>KBase::PRNG</c>): the 64-bit Mersenne Twister
/// (<c>std::mt19937_64</c>) seeded with the 64-bit seed, each output passed through KTAB's
/// quadratic scrambler <c>qTrans</c>. Reproducing it bit for bit lets Parley regenerate KTAB's
/// <c>--euSMP</c> scenarios from their seeds. Not thread-safe: one instance per run.
/// </summary>
public sealed class KtabPrng
{
    private const int StateSize = 312;
    private const int Shift = 156;
    private const ulong MatrixA = 0xB5026F5AA96619E9UL;
    private const ulong UpperMask = 0xFFFFFFFF80000000UL;
    private const ulong LowerMask = 0x7FFFFFFFUL;
    private const ulong ScrambleOffset = 0xE08C1D668B756F83UL;

    private readonly ulong[] state = new ulong[StateSize];
    private int index;

    public KtabPrng(ulong seed)
    {
        state[0] = seed;
        for (int i = 1; i < StateSize; i++)
        {
            state[i] = unchecked(6364136223846793005UL * (state[i - 1] ^ (state[i - 1] >> 62)) + (ulong)i);
        }
        index = StateSize;
    }

    /// <summary>The raw next output of <c>std::mt19937_64</c> (before KTAB's scrambling).</summary>
    public ulong NextRaw()
    {
        if (index >= StateSize) Twist();
        ulong x = state[index++];
        x ^= (x >> 29) & 0x5555555555555555UL;
        x ^= (x << 17) & 0x71D67FFFEDA60000UL;
        x ^= (x << 37) & 0xFFF7EEE000000000UL;
        x ^= x >> 43;
        return x;
    }

    /// <summary>KTAB's <c>uniform()</c>: a scrambled 64-bit integer.</summary>
    public ulong Next() => Scramble(NextRaw());

    /// <summary>KTAB's <c>uniform(a, b)</c>: a + (b − a)·(u / (2⁶⁴ − 1)), in KTAB's operation order.</summary>
    public double Uniform(double low, double high) => low + (high - low) * (ToDouble(Next()) / ToDouble(ulong.MaxValue));

    /// <summary>KTAB's <c>qTrans</c>: n ↦ (n + 0xE08C1D668B756F83)·(2n + 3) mod 2⁶⁴.</summary>
    public static ulong Scramble(ulong n) => unchecked((n + ScrambleOffset) * (2 * n + 3));

    /// <summary>
    /// Round-to-nearest-even conversion of a 64-bit unsigned integer, as C++ does; written out so
    /// that it does not depend on how a runtime converts integers above 2⁶³.
    /// </summary>
    public static double ToDouble(ulong value)
    {
        if (value < (1UL << 53)) return value;
        int shift = 64 - 53 - System.Numerics.BitOperations.LeadingZeroCount(value);
        ulong mantissa = value >> shift;
        ulong remainder = value & ((1UL << shift) - 1);
        ulong half = 1UL << (shift - 1);
        if (remainder > half || (remainder == half && (mantissa & 1) == 1)) mantissa++;
        return Math.ScaleB(mantissa, shift);
    }

    private void Twist()
    {
        for (int i = 0; i < StateSize; i++)
        {
            ulong x = (state[i] & UpperMask) | (state[(i + 1) % StateSize] & LowerMask);
            ulong xA = x >> 1;
            if ((x & 1) != 0) xA ^= MatrixA;
            state[i] = state[(i + Shift) % StateSize] ^ xA;
        }
        index = 0;
    }
}
