namespace Parley.Events.Queries;

/// <summary>Turns an <see cref="EventFilter"/> into SQL shared by every query (events aliased <c>e</c>).</summary>
internal static class FilterSql
{
    /// <summary>The <c>WITH …</c> prefix (empty without --about) and the extra conditions (each starting with AND).</summary>
    public static (string With, string Where) Build(EventFilter filter, SqlArgs args)
    {
        string with = "";
        var where = new System.Text.StringBuilder();
        if (filter.AboutList.Count > 0)
        {
            with = "WITH " + AboutRule.Cte(filter.AboutList, args) + "\n";
            where.Append(" AND ").Append(AboutRule.Condition);
        }
        if (filter.From is { } from) where.Append(" AND e.event_date >= ").Append(args.Add(from));
        if (filter.To is { } to) where.Append(" AND e.event_date < ").Append(args.Add(to));
        if (filter.DatasetList.Count > 0) where.Append(" AND e.dataset IN (").Append(args.List(filter.DatasetList)).Append(')');
        return (with, where.ToString());
    }
}
