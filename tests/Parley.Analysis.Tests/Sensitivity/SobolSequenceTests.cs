using Parley.Analysis.Sensitivity;

namespace Parley.Analysis.Tests.Sensitivity;

public class SobolSequenceTests
{
    [Fact]
    public void First_points_in_two_dimensions_are_the_textbook_ones()
    {
        // The unscrambled 2-D Sobol' sequence (as printed by Joe and Kuo's generator and scipy's
        // Sobol(d=2, scramble=False)), shifted here by the half-unit this generator adds.
        double[,] expected = { { 0, 0 }, { 0.5, 0.5 }, { 0.75, 0.25 }, { 0.25, 0.75 }, { 0.375, 0.375 }, { 0.875, 0.875 }, { 0.625, 0.125 }, { 0.125, 0.625 } };
        var sequence = new SobolSequence(2);
        var point = new double[2];
        const double half = 0.5 / 4294967296.0;
        for (int j = 0; j < 8; j++)
        {
            sequence.Next(point);
            Assert.Equal(expected[j, 0] + half, point[0], 15);
            Assert.Equal(expected[j, 1] + half, point[1], 15);
        }
    }

    [Fact]
    public void Third_to_fifth_coordinates_follow_Joe_Kuo_direction_numbers()
    {
        // Points 1–3 equal the first direction numbers v_1 = m_1/2, v_1 ⊕ v_2, v_2 (Gray-code order):
        // dimension 3 (m = 1, 3): 0.5, 0.25, 0.75; dimension 4 (m = 1, 3, 1): same first two;
        // dimension 5 (m = 1, 1, 1): 0.5, 0.75, 0.25.
        var sequence = new SobolSequence(5);
        var point = new double[5];
        sequence.Next(point);
        var rows = new double[3][];
        for (int j = 0; j < 3; j++)
        {
            sequence.Next(point);
            rows[j] = point.Select(x => Math.Round(x, 9)).ToArray();
        }
        Assert.Equal([0.5, 0.5, 0.5, 0.5, 0.5], rows[0]);
        Assert.Equal([0.75, 0.25, 0.25, 0.25, 0.75], rows[1]);
        Assert.Equal([0.25, 0.75, 0.75, 0.75, 0.25], rows[2]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_coordinate_of_2_to_the_m_points_fills_each_of_2_to_the_m_cells_once(bool shifted)
    {
        const int m = 9, n = 1 << m;
        int dimensions = SobolSequence.MaxDimensions;
        Assert.Equal(3667, dimensions);
        var random = new Random(5);
        var shift = shifted ? Enumerable.Range(0, dimensions).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray() : null;
        var sequence = new SobolSequence(dimensions, shift);
        var counts = new int[dimensions, n];
        var point = new double[dimensions];
        for (int j = 0; j < n; j++)
        {
            sequence.Next(point);
            for (int d = 0; d < dimensions; d++)
            {
                Assert.InRange(point[d], double.Epsilon, 1 - 1e-12);
                counts[d, (int)(point[d] * n)]++;
            }
        }
        for (int d = 0; d < dimensions; d++)
        {
            for (int c = 0; c < n; c++) Assert.True(counts[d, c] == 1, $"dimension {d + 1}, cell {c}: {counts[d, c]} points");
        }
    }

    [Fact]
    public void First_two_coordinates_form_a_0_m_2_net()
    {
        // The first two Sobol' coordinates are a (0, 2)-sequence: for 2^8 points, every elementary
        // box of area 2^-8 — 2^a × 2^(8−a) cells for a = 0 … 8 — holds exactly one point.
        const int m = 8, n = 1 << m;
        var sequence = new SobolSequence(2);
        var points = new double[n][];
        for (int j = 0; j < n; j++)
        {
            points[j] = new double[2];
            sequence.Next(points[j]);
        }
        for (int a = 0; a <= m; a++)
        {
            int cells = points.Select(p => ((int)(p[0] * (1 << a)), (int)(p[1] * (1 << (m - a))))).Distinct().Count();
            Assert.True(cells == n, $"2^{a} × 2^{m - a} grid: {cells} occupied cells of {n}");
        }
    }
}
