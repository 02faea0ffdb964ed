using DuckDB.NET.Data;
using Parley.Events.Store;

namespace Parley.Benchmarks.Events;

/// <summary>
/// The yardstick for import speed: DuckDB's own parallel <c>read_csv</c> loading the same GDELT
/// file into the ledger's <c>events</c> table (same columns and types), with no validation, no
/// line numbers and no dedupe.
/// </summary>
public static class DuckDbReadCsvBaseline
{
    public static long Load(string dbPath, string gdeltFile)
    {
        using (var ledger = EventLedger.Open(dbPath)) { }
        using var connection = new DuckDBConnection("Data Source=" + dbPath);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO events
            SELECT 'gdelt1', column00, strptime(column01, '%Y%m%d')::DATE, column05, column06, column07, column15, column16, column17,
                   column26, substr(column26, 1, 2), column29::SMALLINT, column30::DOUBLE, column31::INTEGER, column32::INTEGER,
                   column33::INTEGER, column34::DOUBLE, column25 = '1', column51, column57, NULL, 1, 0
            FROM read_csv('{gdeltFile.Replace("'", "''")}', delim = '\t', header = false, quote = '', escape = '',
                          null_padding = true, auto_detect = false, columns = {Columns()})
            """;
        return command.ExecuteNonQuery();
    }

    private static string Columns() =>
        "{" + string.Join(", ", Enumerable.Range(0, 58).Select(i => $"'column{i:00}': 'VARCHAR'")) + "}";
}
