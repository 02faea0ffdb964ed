using System.Globalization;
using Parley.Events.Import;
using Parley.Events.Store;

namespace Parley.Events.Tests.Support;

/// <summary>Theory data and helpers shared by the tests that run on both databases.</summary>
public static class Databases
{
    public static TheoryData<string> Both => new() { "duckdb", "postgres" };

    internal static IReadOnlyList<ImportReport> Import(EventLedger ledger, string path, EventFormat? format = null, bool strict = false) =>
        EventImporter.Import(ledger, path, format, strict, cancellationToken: TestContext.Current.CancellationToken);

    internal static double SumGoldstein(EventLedger ledger, string dataset) =>
        Convert.ToDouble(ledger.Scalar("SELECT SUM(goldstein) FROM events WHERE dataset = $1", dataset) ?? 0.0, CultureInfo.InvariantCulture);

    /// <summary>One stored event as a name → value map (values as the database returns them, DBNull as null).</summary>
    internal static Dictionary<string, object?> Row(EventLedger ledger, string dataset, string key)
    {
        using var command = ledger.Sql("SELECT * FROM events WHERE dataset = $1 AND event_key = $2", dataset, key);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no event {dataset}/{key}");
        var row = new Dictionary<string, object?>();
        for (int i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        Assert.False(reader.Read(), $"event {dataset}/{key} is stored twice");
        return row;
    }

    internal static DateOnly Date(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidCastException(value?.GetType().Name),
    };

    internal static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    internal static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
