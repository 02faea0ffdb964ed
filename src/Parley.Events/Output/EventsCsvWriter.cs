using System.Globalization;
using System.Text;
using Parley.Events.Queries;
using Parley.Events.Reference;

namespace Parley.Events.Output;

/// <summary>Flat CSV versions of the query results (RFC 4180 quoting, full-precision numbers, empty for missing).</summary>
public static class EventsCsvWriter
{
    public static string Dyad(DyadResult r)
    {
        var text = new StringBuilder("period,direction,count,goldstein_sum,goldstein_mean,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict\n");
        foreach (var p in r.Periods)
        {
            Row(text, p.Label, "both", p.Combined);
            Row(text, p.Label, r.A + "->" + r.B, p.AToB);
            Row(text, p.Label, r.B + "->" + r.A, p.BToA);
        }
        return text.ToString();
    }

    public static string Matrix(MatrixResult r)
    {
        var text = new StringBuilder("source,target,count,goldstein_sum,goldstein_mean\n");
        for (int i = 0; i < r.Actors.Count; i++)
        {
            for (int j = 0; j < r.Actors.Count; j++)
            {
                if (i == j) continue;
                var t = r.Cells[i, j];
                text.Append(r.Actors[i]).Append(',').Append(r.Actors[j]).Append(',').Append(t.Count).Append(',')
                    .Append(t.Count == 0 ? "" : N(t.GoldsteinSum)).Append(',').Append(N(t.GoldsteinMean)).Append('\n');
            }
        }
        return text.ToString();
    }

    public static string Top(TopEventsResult r)
    {
        var text = new StringBuilder("list,rank,date,dataset,event_key,source_code,source_name,target_code,target_name,cameo_code,cameo_name,quad,goldstein,description,story\n");
        void List(string name, IReadOnlyList<LedgerEvent> events)
        {
            int rank = 0;
            foreach (var e in events)
            {
                text.Append(name).Append(',').Append(++rank).Append(',').Append(EventsJsonWriter.Date(e.Date)).Append(',')
                    .Append(Q(e.Dataset)).Append(',').Append(Q(e.EventKey)).Append(',').Append(Q(e.SourceCode)).Append(',').Append(Q(e.SourceName)).Append(',')
                    .Append(Q(e.TargetCode)).Append(',').Append(Q(e.TargetName)).Append(',').Append(Q(e.CameoCode)).Append(',').Append(Q(e.CameoName)).Append(',')
                    .Append(QuadClassNames.Key(e.Quad)).Append(',').Append(N(e.Goldstein)).Append(',').Append(Q(e.Description)).Append(',').Append(Q(e.Story)).Append('\n');
            }
        }
        List("most_cooperative", r.MostCooperative);
        List("most_conflictual", r.MostConflictual);
        return text.ToString();
    }

    public static string Affinity(AffinityResult r)
    {
        var text = new StringBuilder("a,b,country_a,country_b,events,a_to_b,b_to_a,goldstein_mean,cooperation_index,stance_alignment\n");
        foreach (var p in r.Pairs)
        {
            text.Append(Q(p.ActorA)).Append(',').Append(Q(p.ActorB)).Append(',').Append(p.CountryA).Append(',').Append(p.CountryB).Append(',')
                .Append(p.Events).Append(',').Append(p.EventsAToB).Append(',').Append(p.EventsBToA).Append(',')
                .Append(N(p.GoldsteinMean)).Append(',').Append(N(p.CooperationIndex)).Append(',').Append(N(p.StanceAlignment)).Append('\n');
        }
        return text.ToString();
    }

    private static void Row(StringBuilder text, string period, string direction, Tally t)
    {
        text.Append(period).Append(',').Append(direction).Append(',').Append(t.Count).Append(',').Append(N(t.GoldsteinSum)).Append(',')
            .Append(N(t.GoldsteinMean));
        foreach (var q in QuadClassNames.All) text.Append(',').Append(t.Quad(q));
        text.Append('\n');
    }

    private static string N(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Q(string? value)
    {
        if (value is null) return "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
