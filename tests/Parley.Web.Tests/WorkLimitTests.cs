using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Tests.Shared;

namespace Parley.Web.Tests;

/// <summary>Issue 14, finding 6: a slow request must not tie up the server.</summary>
public sealed class WorkLimitTests
{
    private static StringContent Flagship() =>
        new(File.ReadAllText(Fixtures.Repo("examples", "korea-2019.yaml")), Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task A_request_past_the_time_limit_is_stopped_and_answered_503_with_retry_after()
    {
        await using var host = await WebHost.InMemoryAsync(new WebOptions { RequestTimeout = TimeSpan.FromSeconds(1) });
        var watch = Stopwatch.StartNew();
        // Every model, 200,000 runs: minutes of work before the limit (297 s in the probe).
        using var response = await host.Client.PostAsync("/api/simulate?model=all&runs=200000", Flagship());
        watch.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("timeout", body.RootElement.GetProperty("problems")[0].GetProperty("rule").GetString());
        // Stopped near the limit, not after the work: generous for a loaded 2-core machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task When_every_slot_and_the_queue_are_taken_a_request_is_refused_at_once()
    {
        await using var host = await WebHost.InMemoryAsync(new WebOptions { MaxConcurrentAnalyses = 1, MaxQueuedAnalyses = 0, RequestTimeout = TimeSpan.FromMinutes(2) });
        using var stopSlow = new CancellationTokenSource();
        var slow = host.Client.PostAsync("/api/simulate?model=all&runs=200000", Flagship(), stopSlow.Token);
        try
        {
            // Wait until the slow request holds the only slot (it takes seconds; the probe asks every 50 ms).
            HttpResponseMessage? refused = null;
            for (int i = 0; i < 400 && refused is null; i++)
            {
                // A probe that took the slot first makes the slow request the refused one: start it again.
                if (slow.IsCompleted)
                {
                    (await slow).Dispose();
                    slow = host.Client.PostAsync("/api/simulate?model=all&runs=200000", Flagship(), stopSlow.Token);
                }
                await Task.Delay(50);
                var probe = await host.Client.GetAsync("/api/scenarios");
                if (probe.StatusCode == HttpStatusCode.ServiceUnavailable) refused = probe;
                else probe.Dispose();
            }
            Assert.NotNull(refused);
            Assert.NotNull(refused!.Headers.RetryAfter);
            using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("busy", body.RootElement.GetProperty("problems")[0].GetProperty("rule").GetString());
            // Pages are not analyses: they are served while the API is saturated.
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/")).StatusCode);
            refused.Dispose();
        }
        finally
        {
            await stopSlow.CancelAsync();
            try { (await slow).Dispose(); } catch (OperationCanceledException) { }
        }
    }
}
