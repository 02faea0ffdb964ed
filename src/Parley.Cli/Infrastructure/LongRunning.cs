using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Runs work that reports progress; if it takes longer than a second and the terminal is
/// interactive, shows a Spectre.Console progress bar on standard error until it is done, so that
/// piped JSON on standard output stays clean.
/// </summary>
public static class LongRunning
{
    public static T Run<T>(Terminal terminal, string label, int total, Func<IProgress<int>, T> work)
    {
        int current = 0;
        var progress = new Progress(value => Volatile.Write(ref current, value));
        var task = Task.Run(() => work(progress));
        if (task.Wait(TimeSpan.FromSeconds(1)) || !terminal.Interactive) return task.GetAwaiter().GetResult();

        terminal.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var bar = context.AddTask(label, maxValue: total);
                while (!task.Wait(100)) bar.Value = Volatile.Read(ref current);
                bar.Value = total;
            });
        return task.GetAwaiter().GetResult();
    }

    /// <summary>An IProgress that calls back on the reporting thread (Progress&lt;T&gt; would need a synchronisation context).</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
