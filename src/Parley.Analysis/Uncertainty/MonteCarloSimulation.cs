using System.Collections.Immutable;
using MathNet.Numerics.Random;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Uncertainty;

/// <summary>
/// Runs models many times on draws of a scenario's uncertain inputs. Runs are split into fixed
/// blocks, each with its own generator seeded from (seed, block): which thread runs a block never
/// changes its numbers, so results are identical on 1 or N threads. Every model sees the same
/// draws (common random numbers), so differences between models are not sampling noise.
/// </summary>
public static class MonteCarloSimulation
{
    /// <summary>Runs per block; fixed so that the split of work never depends on the thread count.</summary>
    public const int BlockSize = 256;

    public static MonteCarloResult Run(
        Scenario scenario,
        IReadOnlyList<IBargainingModel> models,
        MonteCarloOptions options,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        var compiled = CompiledScenario.Compile(scenario);
        var inputs = UncertainInputs.From(compiled);
        int k = compiled.DimensionCount, runs = options.Runs;
        var outcomes = models.Select(_ => new double[runs * k]).ToArray();
        int blocks = (runs + BlockSize - 1) / BlockSize;
        var done = new bool[blocks];
        int completed = 0;

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads ?? Environment.ProcessorCount };
        try
        {
            Parallel.For(0, blocks, parallel,
                () => (Work: compiled.Clone(), Scratch: new double[k]),
                (block, loop, state) =>
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        loop.Stop();
                        return state;
                    }
                    var random = new Xoshiro256StarStar(BlockSeed(options.Seed, block), threadSafe: false);
                    int first = block * BlockSize, last = Math.Min(runs, first + BlockSize);
                    for (int run = first; run < last; run++)
                    {
                        inputs.Draw(state.Work, options.Distribution, random);
                        for (int m = 0; m < models.Count; m++)
                        {
                            models[m].Predict(state.Work, outcomes[m].AsSpan(run * k, k));
                        }
                    }
                    done[block] = true;
                    progress?.Report(Interlocked.Add(ref completed, last - first));
                    return state;
                },
                _ => { });
        }
        catch (OperationCanceledException)
        {
            // Cancelled between blocks: report what finished.
        }

        // Statistics over the finished blocks only, in run order.
        var finishedRuns = Enumerable.Range(0, blocks).Where(b => done[b])
            .SelectMany(b => Enumerable.Range(b * BlockSize, Math.Min(BlockSize, runs - b * BlockSize))).ToArray();
        var distributions = ImmutableArray.CreateBuilder<ImmutableArray<OutcomeDistribution>>(models.Count);
        for (int m = 0; m < models.Count; m++)
        {
            var perDimension = ImmutableArray.CreateBuilder<OutcomeDistribution>(k);
            for (int d = 0; d < k; d++)
            {
                var column = new double[finishedRuns.Length];
                for (int r = 0; r < finishedRuns.Length; r++) column[r] = outcomes[m][finishedRuns[r] * k + d];
                string dimensionId = scenario.Dimensions[d].Id;
                perDimension.Add(OutcomeDistribution.From(column, compiled.ScaleMin[d], compiled.ScaleMax[d], options.Bins,
                    options.Thresholds.Where(t => t.DimensionId == dimensionId)));
            }
            distributions.Add(perDimension.MoveToImmutable());
        }
        return new MonteCarloResult(options, inputs.Count, finishedRuns.Length, [.. models], distributions.MoveToImmutable(), [.. outcomes]);
    }

    /// <summary>A well-mixed 31-bit generator seed for one block (SplitMix64 finaliser over seed and block).</summary>
    internal static int BlockSeed(ulong seed, int block)
    {
        ulong z = seed + 0x9E3779B97F4A7C15UL * (ulong)(block + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
