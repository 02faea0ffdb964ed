namespace Parley.Models.Spatial;

/// <summary>
/// When and how a run splits loops over threads. Every parallel loop writes disjoint cells and
/// keeps each sum in its sequential order, so results are bit-identical for any thread count.
/// </summary>
internal sealed class Parallelism
{
    /// <summary>Below this many items a loop stays on one thread: the hand-off costs more than it saves.</summary>
    public const int Threshold = 24;

    private readonly ParallelOptions options;

    public Parallelism(int maxThreads)
    {
        Threads = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads;
        options = new ParallelOptions { MaxDegreeOfParallelism = Threads };
    }

    public int Threads { get; }

    public bool Enabled(int items) => Threads > 1 && items >= Threshold;

    public void For(int from, int to, Action<int> body)
    {
        if (!Enabled(to - from))
        {
            for (int i = from; i < to; i++) body(i);
            return;
        }
        Parallel.For(from, to, options, body);
    }

    /// <summary>
    /// A loop whose iterations use per-thread scratch: <paramref name="primary"/> when it runs on one
    /// thread (no allocation on Monte Carlo's hot path), one from <paramref name="scratch"/> per worker otherwise.
    /// </summary>
    public void For<TScratch>(int from, int to, TScratch primary, Func<TScratch> scratch, Action<int, TScratch> body)
    {
        if (!Enabled(to - from))
        {
            for (int i = from; i < to; i++) body(i, primary);
            return;
        }
        ForEachWorker(from, to, scratch, body);
    }

    // Apart from For so that its closure is only allocated when the loop really runs in parallel.
    private void ForEachWorker<TScratch>(int from, int to, Func<TScratch> scratch, Action<int, TScratch> body) =>
        Parallel.For(from, to, options, scratch, (i, _, local) => { body(i, local); return local; }, _ => { });
}
