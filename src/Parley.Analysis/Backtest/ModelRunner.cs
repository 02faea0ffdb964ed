using System.Diagnostics;
using Parley.Core;
using Parley.Models;

namespace Parley.Analysis.Backtest;

/// <summary>
/// Runs one model on many one-issue scenarios, in parallel, surviving models that throw, return
/// nonsense, run past the per-issue timeout (the cancellation token the model receives fires), or
/// exceed their overall budget (the remaining issues are skipped). Models are called on the
/// worker threads directly: the <see cref="IBargainingModel"/> contract asks them to honour the
/// token, and a model that ignores it delays the run by that one issue, not more.
/// </summary>
public static class ModelRunner
{
    public sealed record Outcome(double[] Forecasts, int Failed, int TimedOut, int Skipped, string? FirstMessage);

    public static Outcome Run(IBargainingModel model, IReadOnlyList<CompiledScenario?> scenarios, TimeSpan issueTimeout, TimeSpan budget, CancellationToken cancellationToken)
    {
        var forecasts = new double[scenarios.Count];
        Array.Fill(forecasts, double.NaN);
        int failed = 0, timedOut = 0;
        var done = new bool[scenarios.Count];
        string? firstMessage = null;
        var clock = Stopwatch.StartNew();
        var gate = new object();
        Parallel.For(0, scenarios.Count, new ParallelOptions { CancellationToken = cancellationToken }, (i, loop) =>
        {
            if (clock.Elapsed > budget) { loop.Stop(); return; }
            var scenario = scenarios[i];
            done[i] = true;
            if (scenario is null)
            {
                Interlocked.Increment(ref failed);
                return;
            }
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancel.CancelAfter(issueTimeout);
            try
            {
                double f = model.Run(scenario, cancel.Token).Dimensions[0].Outcome;
                if (double.IsFinite(f)) forecasts[i] = f;
                else Note(ref failed, "returned a non-finite forecast");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref timedOut);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                Note(ref failed, e.GetType().Name + ": " + e.Message);
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        int skipped = done.Count(d => !d);
        return new Outcome(forecasts, failed, timedOut, skipped, firstMessage);

        void Note(ref int counter, string message)
        {
            Interlocked.Increment(ref counter);
            lock (gate) firstMessage ??= message;
        }
    }
}
