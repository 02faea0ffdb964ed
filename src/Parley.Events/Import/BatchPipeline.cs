using System.Collections.Concurrent;

namespace Parley.Events.Import;

/// <summary>Something a parser fills and a database writer drains.</summary>
public interface IRowBatch
{
    int Count { get; }

    bool IsFull { get; }

    void Clear();
}

/// <summary>
/// Parsing and database writing overlap: a producer thread parses the file into batches while
/// the caller's thread writes the previous ones. A fixed pool of batches circulates between the
/// two, so memory stays flat; rows keep file order (one producer, FIFO).
/// </summary>
internal static class BatchPipeline
{
    /// <summary>
    /// Runs <paramref name="produce"/> on a worker thread; it calls <c>publish(batch)</c> with a
    /// filled batch and gets an empty one back. <paramref name="consume"/> runs on this thread.
    /// </summary>
    public static void Run<TBatch>(Func<TBatch> create, int depth, Action<TBatch, Func<TBatch, TBatch>, CancellationToken> produce,
        Action<TBatch> consume, CancellationToken cancellationToken) where TBatch : class, IRowBatch
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var free = new BlockingCollection<TBatch>();
        using var full = new BlockingCollection<TBatch>(depth);
        for (int i = 0; i < depth; i++) free.Add(create());

        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var first = free.Take(stop.Token);
                produce(first, batch =>
                {
                    full.Add(batch, stop.Token);
                    return free.Take(stop.Token);
                }, stop.Token);
            }
            finally
            {
                full.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in full.GetConsumingEnumerable(stop.Token))
            {
                consume(batch);
                batch.Clear();
                free.Add(batch);
            }
        }
        catch
        {
            stop.Cancel();
            try { producer.Wait(CancellationToken.None); }
            catch (AggregateException) { }
            throw;
        }
        try
        {
            producer.Wait(CancellationToken.None);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
