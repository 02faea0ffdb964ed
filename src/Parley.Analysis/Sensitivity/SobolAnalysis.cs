using System.Collections.Immutable;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Variance-based sensitivity of any <see cref="IModelFunction"/>: builds a Saltelli design, evaluates
/// f(A), f(B) and every f(A_B^i) — N·(k + 2) runs — and estimates first-order and total Sobol' indices
/// (<see cref="SobolEstimators"/>) with percentile-bootstrap intervals.
/// <para>
/// Determinism: rows are evaluated in fixed blocks into fixed slots, and every bootstrap resample has
/// its own generator seeded from (seed, resample), so the numbers never depend on the thread count.
/// </para>
/// </summary>
public static class SobolAnalysis
{
    /// <summary>Design rows per work item; fixed so that the split of work never depends on the thread count.</summary>
    public const int BlockSize = 16;

    /// <param name="inputs">Each input's distribution, as the map from (0, 1) to its values.</param>
    /// <param name="createFunction">Makes one evaluator per worker thread.</param>
    /// <param name="progress">Model runs finished so far.</param>
    public static SobolResult Run(
        IReadOnlyList<InputQuantile> inputs,
        Func<IModelFunction> createFunction,
        SensitivityOptions options,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Samples, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        if (!(options.Confidence > 0 && options.Confidence < 1)) throw new ArgumentOutOfRangeException(nameof(options), "confidence must lie strictly between 0 and 1");
        int k = inputs.Count, n = options.Samples;
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var design = SaltelliDesign.Create(n, k, options.Seed, options.Sampling);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Threads ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        int blocks = (n + BlockSize - 1) / BlockSize;

        // Unit points to input values, row block by row block.
        var xa = new double[n * k];
        var xb = new double[n * k];
        Parallel.For(0, blocks, parallel, block =>
        {
            int first = block * BlockSize * k, last = Math.Min(n, (block + 1) * BlockSize) * k;
            for (int c = first; c < last; c++)
            {
                var quantile = inputs[c % k];
                xa[c] = quantile.At(design.A[c]);
                xb[c] = quantile.At(design.B[c]);
            }
        });

        int outputs = createFunction().Outputs;
        var fA = new double[outputs][];
        var fB = new double[outputs][];
        var fAB = new double[outputs][];
        for (int o = 0; o < outputs; o++)
        {
            fA[o] = new double[n];
            fB[o] = new double[n];
            fAB[o] = new double[n * k];
        }
        long finished = 0;
        Parallel.For(0, blocks, parallel,
            () => (Function: createFunction(), X: new double[k], Y: new double[outputs]),
            (block, _, state) =>
            {
                var (function, x, y) = state;
                int first = block * BlockSize, last = Math.Min(n, first + BlockSize);
                for (int j = first; j < last; j++)
                {
                    var rowA = xa.AsSpan(j * k, k);
                    var rowB = xb.AsSpan(j * k, k);
                    function.Evaluate(rowA, y);
                    for (int o = 0; o < outputs; o++) fA[o][j] = y[o];
                    function.Evaluate(rowB, y);
                    for (int o = 0; o < outputs; o++) fB[o][j] = y[o];
                    rowA.CopyTo(x);
                    for (int i = 0; i < k; i++)
                    {
                        x[i] = rowB[i];
                        function.Evaluate(x, y);
                        for (int o = 0; o < outputs; o++) fAB[o][i * n + j] = y[o];
                        x[i] = rowA[i];
                    }
                }
                progress?.Report(Interlocked.Add(ref finished, (long)(last - first) * (k + 2)));
                return state;
            },
            _ => { });

        var results = ImmutableArray.CreateBuilder<SobolOutput>(outputs);
        for (int o = 0; o < outputs; o++) results.Add(Estimate(fA[o], fB[o], fAB[o], k, options, parallel));
        return new SobolResult(design.Scheme, n, k, results.MoveToImmutable());
    }

    private static SobolOutput Estimate(double[] fA, double[] fB, double[] fAB, int k, SensitivityOptions options, ParallelOptions parallel)
    {
        int n = fA.Length, resamples = options.Resamples;
        // From here on only the differences f(A_B^i) − f(A) matter; reuse the array.
        var differences = fAB;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < n; j++) differences[i * n + j] -= fA[j];
        }
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var s1 = new double[k];
        var st = new double[k];
        double variance = SobolEstimators.Estimate(fA, fB, differences, ones, s1, st);
        double mean = (fA.Sum() + fB.Sum()) / (2.0 * n);
        if (variance == 0)
        {
            var none = Enumerable.Repeat(IndexEstimate.NotDefined, k).ToImmutableArray();
            return new SobolOutput(mean, 0, none, none, IndexEstimate.NotDefined);
        }

        // Bootstrap: resample the N design rows with replacement and re-estimate everything.
        var bootS1 = new double[resamples * k];
        var bootSt = new double[resamples * k];
        var bootSum = new double[resamples];
        Parallel.For(0, resamples, parallel,
            () => new double[n],
            (r, _, weights) =>
            {
                var random = new Xoshiro256StarStar(SeedStreams.Derive(options.Seed, SeedStreams.Bootstrap, r), threadSafe: false);
                Array.Clear(weights);
                for (int j = 0; j < n; j++) weights[random.Next(n)] += 1;
                var first = bootS1.AsSpan(r * k, k);
                SobolEstimators.Estimate(fA, fB, differences, weights, first, bootSt.AsSpan(r * k, k));
                double sum = 0;
                foreach (double value in first) sum += value;
                bootSum[r] = sum;
                return weights;
            },
            _ => { });

        double tail = (1 - options.Confidence) / 2;
        var column = new double[resamples];
        IndexEstimate Interval(double value, double[] boot, int i, int stride)
        {
            for (int r = 0; r < resamples; r++) column[r] = boot[r * stride + i];
            Array.Sort(column);
            return new IndexEstimate(value,
                SortedArrayStatistics.QuantileCustom(column, tail, QuantileDefinition.R7),
                SortedArrayStatistics.QuantileCustom(column, 1 - tail, QuantileDefinition.R7));
        }
        var firstOrder = ImmutableArray.CreateBuilder<IndexEstimate>(k);
        var totalEffect = ImmutableArray.CreateBuilder<IndexEstimate>(k);
        for (int i = 0; i < k; i++)
        {
            firstOrder.Add(Interval(s1[i], bootS1, i, k));
            totalEffect.Add(Interval(st[i], bootSt, i, k));
        }
        var sumOfFirst = Interval(s1.Sum(), bootSum, 0, 1);
        return new SobolOutput(mean, variance, firstOrder.MoveToImmutable(), totalEffect.MoveToImmutable(), sumOfFirst);
    }
}

