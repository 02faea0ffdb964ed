namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Independent generator seeds derived from one user seed, one per purpose (design, bootstrap) and
/// index (resample), so that no result depends on the order in which threads ask for them.
/// </summary>
internal static class SeedStreams
{
    public const ulong Design = 1, Bootstrap = 2;

    /// <summary>A 31-bit seed for MathNet's generators (SplitMix64 finaliser over seed, stream and index).</summary>
    public static int Derive(ulong seed, ulong stream, long index)
    {
        ulong z = seed ^ (stream * 0xD1B54A32D192ED03UL);
        z += 0x9E3779B97F4A7C15UL * (ulong)(index + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
