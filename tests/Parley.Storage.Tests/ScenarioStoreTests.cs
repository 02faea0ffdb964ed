using Parley.Storage.Scenarios;

namespace Parley.Storage.Tests;

public class ScenarioStoreTests
{
    [Fact]
    public async Task Deleting_a_scenario_removes_its_runs_and_leaves_the_others()
    {
        await using var store = ScenarioStore.Open(":memory:");
        await store.InitialiseAsync(TestContext.Current.CancellationToken);
        var kept = await store.AddAsync("Kept", "kept.yaml", "title: kept", TestContext.Current.CancellationToken);
        var gone = await store.AddAsync("Gone", "gone.yaml", "title: gone", TestContext.Current.CancellationToken);
        await store.AddRunAsync(kept.Id, "forecast", "{}", "{\"a\":1}", TestContext.Current.CancellationToken);
        await store.AddRunAsync(gone.Id, "forecast", "{}", "{\"b\":2}", TestContext.Current.CancellationToken);
        await store.AddRunAsync(gone.Id, "simulate", "{}", "{\"c\":3}", TestContext.Current.CancellationToken);

        Assert.True(await store.DeleteAsync(gone.Id, TestContext.Current.CancellationToken));

        Assert.Null(await store.GetAsync(gone.Id, TestContext.Current.CancellationToken));
        Assert.Empty(await store.ListRunsAsync(gone.Id, TestContext.Current.CancellationToken));
        Assert.Single(await store.ListRunsAsync(kept.Id, TestContext.Current.CancellationToken));
        Assert.Equal(["Kept"], (await store.ListAsync(TestContext.Current.CancellationToken)).Select(s => s.Title));
        Assert.False(await store.DeleteAsync(gone.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_store_in_a_file_keeps_scenarios_across_restarts_and_describes_itself_by_file()
    {
        string folder = Directory.CreateTempSubdirectory("parley-store-").FullName;
        string file = Path.Combine(folder, "store.duckdb");
        try
        {
            string id;
            await using (var first = ScenarioStore.Open(file))
            {
                await first.InitialiseAsync(TestContext.Current.CancellationToken);
                id = (await first.AddAsync("Korea", "korea.yaml", "title: Korea # comment kept", TestContext.Current.CancellationToken)).Id;
                Assert.Equal("DuckDB file " + file, first.Describe());
            }
            await using var second = ScenarioStore.Open(file);
            await second.InitialiseAsync(TestContext.Current.CancellationToken);
            Assert.Equal("title: Korea # comment kept", (await second.GetAsync(id, TestContext.Current.CancellationToken))!.Content);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
