using System.Reflection;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Sobol' low-discrepancy points in up to <see cref="MaxDimensions"/> dimensions (Joe–Kuo direction
/// numbers, Gray-code order, as in Bratley and Fox's algorithm 659). For a sample of 2^m points every
/// coordinate puts exactly one point in each interval [j/2^m, (j+1)/2^m), which is why Sobol' indices
/// estimated on these points converge faster than on pseudo-random ones.
/// <para>
/// An optional digital shift (each coordinate XOR-ed with a fixed random 32-bit word) randomises the
/// points from a seed while keeping that stratification, so different seeds give independent-looking
/// designs of equal quality.
/// </para>
/// </summary>
public sealed class SobolSequence
{
    /// <summary>Bits per coordinate: supports up to 2^32 points.</summary>
    private const int Bits = 32;

    private static readonly Lazy<(int Degree, uint Coefficients, uint[] Initial)[]> Table = new(LoadTable);

    /// <summary>Dimensions the embedded direction numbers cover.</summary>
    public static int MaxDimensions => Table.Value.Length + 1;

    private readonly uint[][] _directions;
    private readonly uint[] _shift;
    private readonly uint[] _state;
    private ulong _index;

    /// <param name="dimensions">Coordinates per point (1 … <see cref="MaxDimensions"/>).</param>
    /// <param name="shift">Per-coordinate XOR words (a digital shift), or null for the plain sequence.</param>
    public SobolSequence(int dimensions, uint[]? shift = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        if (shift is not null && shift.Length != dimensions) throw new ArgumentException("one shift word per dimension", nameof(shift));
        Dimensions = dimensions;
        _shift = shift ?? new uint[dimensions];
        _state = new uint[dimensions];
        _directions = new uint[dimensions][];
        // Dimension 1: van der Corput, v_i = 2^(32−i).
        _directions[0] = Enumerable.Range(1, Bits).Select(i => 1u << (Bits - i)).ToArray();
        var table = Table.Value;
        for (int d = 1; d < dimensions; d++)
        {
            var (s, a, m) = table[d - 1];
            var v = new uint[Bits];
            for (int i = 0; i < Bits; i++)
            {
                if (i < s)
                {
                    v[i] = m[i] << (Bits - 1 - i);
                    continue;
                }
                // The recurrence of the primitive polynomial x^s + a_1 x^(s−1) + … + a_(s−1) x + 1.
                uint value = v[i - s] ^ (v[i - s] >> s);
                for (int k = 1; k < s; k++)
                {
                    if (((a >> (s - 1 - k)) & 1) != 0) value ^= v[i - k];
                }
                v[i] = value;
            }
            _directions[d] = v;
        }
    }

    public int Dimensions { get; }

    /// <summary>
    /// Writes the next point into <paramref name="point"/>, each coordinate strictly inside (0, 1):
    /// half a unit of the last bit is added so that no inverse distribution function sees 0 or 1.
    /// The first point is the origin (or, shifted, the shift itself).
    /// </summary>
    public void Next(Span<double> point)
    {
        if (point.Length != Dimensions) throw new ArgumentException("one coordinate per dimension", nameof(point));
        if (_index >= 1UL << Bits) throw new InvalidOperationException("a Sobol' sequence here has at most 2^32 points");
        const double scale = 1.0 / (1UL << Bits);
        for (int d = 0; d < Dimensions; d++) point[d] = ((_state[d] ^ _shift[d]) + 0.5) * scale;
        // Gray-code step: the next point differs from this one in the direction of the lowest zero bit of the index.
        int c = System.Numerics.BitOperations.TrailingZeroCount(~_index);
        for (int d = 0; d < Dimensions; d++) _state[d] ^= _directions[d][c];
        _index++;
    }

    private static (int, uint, uint[])[] LoadTable()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parley.Analysis.Sensitivity.Data.joe-kuo-3667.txt")
            ?? throw new InvalidOperationException("the Sobol' direction numbers are missing from Parley.Analysis");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<(int, uint, uint[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => uint.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            rows.Add(((int)fields[1], fields[2], fields[3..]));
        }
        return [.. rows];
    }
}
