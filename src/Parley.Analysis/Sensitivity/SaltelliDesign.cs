using MathNet.Numerics.Random;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// The two independent N × k sample matrices A and B of a Saltelli design, as points of the unit
/// cube (row-major, <c>A[j * k + i]</c>). The matrices A_B^i — A with column i taken from B — are not
/// stored: an evaluation assembles each of their rows on the fly. Following Saltelli et al. (2010),
/// A and B are the two halves of one 2k-dimensional sequence.
/// </summary>
public sealed class SaltelliDesign
{
    private SaltelliDesign(int samples, int inputs, SamplingScheme scheme, double[] a, double[] b)
    {
        (Samples, Inputs, Scheme, A, B) = (samples, inputs, scheme, a, b);
    }

    public int Samples { get; }

    public int Inputs { get; }

    public SamplingScheme Scheme { get; }

    public double[] A { get; }

    public double[] B { get; }

    /// <summary>Whether a design over <paramref name="inputs"/> inputs fits the embedded Sobol' direction numbers.</summary>
    public static bool SobolFits(int inputs) => 2L * inputs <= SobolSequence.MaxDimensions;

    /// <param name="scheme">Null: Sobol' points when they fit, else pseudo-random.</param>
    public static SaltelliDesign Create(int samples, int inputs, ulong seed, SamplingScheme? scheme = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        var chosen = scheme ?? (SobolFits(inputs) ? SamplingScheme.Sobol : SamplingScheme.PseudoRandom);
        if (chosen == SamplingScheme.Sobol && !SobolFits(inputs))
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), $"Sobol' points cover at most {SobolSequence.MaxDimensions / 2} inputs");
        }
        var a = new double[samples * inputs];
        var b = new double[samples * inputs];
        var random = new Xoshiro256StarStar(SeedStreams.Derive(seed, SeedStreams.Design, 0), threadSafe: false);
        if (chosen == SamplingScheme.Sobol)
        {
            var shift = new uint[2 * inputs];
            for (int d = 0; d < shift.Length; d++) shift[d] = (uint)random.NextInt64(0, 1L << 32);
            var sequence = new SobolSequence(2 * inputs, shift);
            var point = new double[2 * inputs];
            for (int j = 0; j < samples; j++)
            {
                sequence.Next(point);
                point.AsSpan(0, inputs).CopyTo(a.AsSpan(j * inputs, inputs));
                point.AsSpan(inputs, inputs).CopyTo(b.AsSpan(j * inputs, inputs));
            }
        }
        else
        {
            for (int j = 0; j < samples; j++)
            {
                for (int i = 0; i < inputs; i++) a[j * inputs + i] = Open(random.NextDouble());
                for (int i = 0; i < inputs; i++) b[j * inputs + i] = Open(random.NextDouble());
            }
        }
        return new SaltelliDesign(samples, inputs, chosen, a, b);
    }

    /// <summary>Keeps a pseudo-random draw off 0, where some inverse distribution functions are infinite.</summary>
    private static double Open(double u) => u > 0 ? u : 0.5 / (1UL << 53);
}
