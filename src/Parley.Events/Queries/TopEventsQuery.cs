using System.Globalization;
using Parley.Events.Reference;
using Parley.Events.Store;

namespace Parley.Events.Queries;

/// <summary>One event as the analyst reads it: when, who, what (CAMEO code and label), how cooperative, and where it was reported.</summary>
public sealed record LedgerEvent(
    string Dataset,
    string EventKey,
    DateOnly Date,
    string? SourceCode,
    string? SourceName,
    string? SourceCountry,
    string? TargetCode,
    string? TargetName,
    string? TargetCountry,
    string CameoCode,
    string? CameoName,
    QuadClass Quad,
    double? Goldstein,
    string? Description,
    string? Story);

public sealed record TopEventsResult(string Actor, string? Target, int Limit, EventFilter Filter,
    IReadOnlyList<LedgerEvent> MostCooperative, IReadOnlyList<LedgerEvent> MostConflictual);

/// <summary><c>parley events top</c>: the most cooperative (highest positive Goldstein) and the most conflictual (lowest negative) events of an actor, towards a target.</summary>
public static class TopEventsQuery
{
    public static TopEventsResult Run(EventLedger ledger, string actor, string? target, int limit, EventFilter filter)
    {
        return new TopEventsResult(actor, target, limit, filter,
            Fetch(ledger, actor, target, limit, filter, descending: true),
            Fetch(ledger, actor, target, limit, filter, descending: false));
    }

    private static List<LedgerEvent> Fetch(EventLedger ledger, string actor, string? target, int limit, EventFilter filter, bool descending)
    {
        var args = new SqlArgs();
        string condition = "e.source_country = " + args.Add(actor);
        if (target is not null) condition += " AND e.target_country = " + args.Add(target);
        var (with, where) = FilterSql.Build(filter, args);
        // Cooperative means a positive score and conflictual a negative one, so a short list never
        // shows the same event under both headings; events scored 0 (plain statements) are in neither.
        string order = descending ? "e.goldstein DESC" : "e.goldstein ASC";
        string sign = descending ? "e.goldstein > 0" : "e.goldstein < 0";
        string sql = with + $"""
            SELECT e.dataset, e.event_key, e.event_date, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name,
                   e.target_country, e.cameo_code, c.name, e.quad_class, e.goldstein, e.description, e.story
            FROM events e LEFT JOIN cameo_codes c ON c.code = e.cameo_code
            WHERE {condition} AND {sign}{where}
            ORDER BY {order}, e.event_date, e.dataset, e.event_key
            LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        var list = new List<LedgerEvent>();
        using var command = ledger.Sql(sql, args.Values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var dateValue = reader.GetValue(2);
            var date = dateValue is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(dateValue, CultureInfo.InvariantCulture));
            list.Add(new LedgerEvent(reader.GetString(0), reader.GetString(1), date, S(3), S(4), S(5), S(6), S(7), S(8), reader.GetString(9), S(10),
                (QuadClass)Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
                reader.IsDBNull(12) ? null : Convert.ToDouble(reader.GetValue(12), CultureInfo.InvariantCulture), S(13), S(14)));
        }
        return list;
    }
}
