using Parley.Events.Import;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

public class SmokeTests
{
    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void Imports_every_sample(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        foreach (var f in new[] { Fixtures.Gdelt1Mixed, Fixtures.Gdelt1Sample710, Fixtures.Gdelt2Export, Fixtures.Gdelt2Translation, Fixtures.Gdelt2Mentions, Fixtures.IcewsEvents })
        {
            var r = EventImporter.Import(ledger, Fixtures.Path(f), cancellationToken: TestContext.Current.CancellationToken);
            foreach (var x in r) File.AppendAllText("/tmp/smoke.txt", kind + " " + $"{x.File} {x.Format} read={x.RowsRead} imported={x.Imported} dup={x.Duplicates} bad={x.BadLineCount} {string.Join(" | ", x.BadLines)}\n");
        }
        var again = EventImporter.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents), cancellationToken: TestContext.Current.CancellationToken);
        File.AppendAllText("/tmp/smoke.txt", kind + " " + $"again imported={again[0].Imported} dup={again[0].Duplicates}\n");
        Assert.Equal(0, again[0].Imported);
    }
}
