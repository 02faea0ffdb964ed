using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Events.Coding;
using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Text;

namespace Parley.Benchmarks.Coding;

/// <summary>
/// The dictionary coder on 10,000 synthetic GigaWord-like sentences (500 articles). Baseline in the
/// same run: sentence splitting and tokenising alone, the floor any coder pays. "2 workers" codes
/// articles in parallel on two threads (the coder is stateless; dictionaries are shared read-only).
/// Sentences per second = 10,000 / mean time. Dictionary loading is outside the measurement (done once per process).
/// </summary>
[Config(typeof(InProcess))]
public class EventCodingBenchmarks
{
    /// <summary>In process, like the other benchmarks here: no separate build of a benchmark project.</summary>
    private sealed class InProcess : ManualConfig
    {
        public InProcess() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    public const int Sentences = 10_000;
    private List<string> articles = [];
    private EventCoder coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = SyntheticNews.Articles(Sentences);
        coder = new EventCoder(CodingDictionaries.Default);
    }

    [Benchmark(Baseline = true, Description = "split + tokenise only")]
    public int Tokenise()
    {
        int tokens = 0;
        foreach (var a in articles)
        {
            foreach (var s in SentenceSplitter.Split(a)) tokens += Tokenizer.Tokenize(a, s.Start, s.End).Count;
        }
        return tokens;
    }

    [Benchmark(Description = "dictionary coder, 1 thread")]
    public int CodeOneThread()
    {
        int events = 0;
        for (int i = 0; i < articles.Count; i++) events += coder.Code(articles[i], "a", new DateOnly(2019, 11, 25)).Sum(r => r.Events.Count);
        return events;
    }

    [Benchmark(Description = "dictionary coder, 2 workers")]
    public int CodeTwoWorkers()
    {
        int events = 0;
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => 0,
            (a, _, local) => local + coder.Code(a, "a", new DateOnly(2019, 11, 25)).Sum(r => r.Events.Count),
            local => Interlocked.Add(ref events, local));
        return events;
    }
}
