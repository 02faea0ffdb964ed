using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Parley.Tests.Shared;

namespace Parley.Web.Tests;

/// <summary>A CI-sized load test on loopback: 200 concurrent forecasts, all must succeed; latency is reported, not asserted.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task Two_hundred_concurrent_forecasts_all_succeed()
    {
        // 200 requests queue for the analysis slots (two on a 2-core machine); on a loaded CI machine
        // the last may wait longer than the default 30 s limit, which this test is not about.
        await using var host = await WebHost.KestrelAsync(new WebOptions { RequestTimeout = TimeSpan.FromMinutes(3) });
        string yaml = File.ReadAllText(Fixtures.Repo("examples", "korea-2019.yaml"));
        // One warm-up request so the measurement is not dominated by first-call JIT.
        (await host.Client.PostAsync("/api/forecast", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();

        const int requests = 200;
        var start = new TaskCompletionSource();
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, requests).Select(async _ =>
        {
            await start.Task;
            var watch = Stopwatch.StartNew();
            using var response = await host.Client.PostAsync("/api/forecast?model=all", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
            string body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body.Length, watch.Elapsed.TotalMilliseconds);
        }).ToList();
        total.Restart();
        start.SetResult();
        var results = await Task.WhenAll(tasks);
        double wall = total.Elapsed.TotalMilliseconds;

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(results, r => Assert.True(r.Length > 1000));
        var ms = results.Select(r => r.TotalMilliseconds).Order().ToArray();
        double P(double q) => ms[(int)Math.Min(ms.Length - 1, Math.Ceiling(q * ms.Length) - 1)];
        Measurements.Record(string.Create(CultureInfo.InvariantCulture,
            $"load: {requests} concurrent POST /api/forecast (flagship YAML, all models) on {host.Address}: 0 errors, p50 {P(0.50):0} ms, p95 {P(0.95):0} ms, max {ms[^1]:0} ms, wall {wall:0} ms ({Environment.ProcessorCount} cores)"));
    }
}
