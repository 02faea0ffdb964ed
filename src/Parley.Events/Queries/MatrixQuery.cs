using System.Globalization;
using Parley.Events.Store;

namespace Parley.Events.Queries;

/// <summary>Directed interaction among a set of countries: <c>Cells[i, j]</c> is actor i → actor j (diagonal empty).</summary>
public sealed record MatrixResult(IReadOnlyList<string> Actors, EventFilter Filter, Tally[,] Cells);

/// <summary><c>parley events matrix</c>: event counts and mean Goldstein score between every ordered pair of actors.</summary>
public static class MatrixQuery
{
    public static MatrixResult Run(EventLedger ledger, IReadOnlyList<string> actors, EventFilter filter)
    {
        var args = new SqlArgs();
        string list = args.List(actors);
        var (with, where) = FilterSql.Build(filter, args);
        string sql = with + $"""
            SELECT e.source_country, e.target_country, COUNT(*) AS n, SUM(e.goldstein) AS g, COUNT(e.goldstein) AS scored
            FROM events e
            WHERE e.source_country IN ({list}) AND e.target_country IN ({list}) AND e.source_country <> e.target_country{where}
            GROUP BY 1, 2
            """;
        int k = actors.Count;
        var cells = new Tally[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++) cells[i, j] = new Tally();
        }
        var index = actors.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        using var command = ledger.Sql(sql, args.Values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            int i = index[reader.GetString(0)], j = index[reader.GetString(1)];
            double g = reader.IsDBNull(3) ? 0 : Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture);
            cells[i, j].Add(null, Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture), g, Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture));
        }
        return new MatrixResult(actors, filter, cells);
    }
}
