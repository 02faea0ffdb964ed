using System.Globalization;
using System.Text.Json;
using Parley.Core.Formats;
using Parley.Events.Output;
using Parley.Events.Queries;
using Parley.Events.Reference;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

/// <summary>Queries on both databases, checked against counts computed straight from the raw fixture files.</summary>
public class QueryTests
{
    private static readonly Dictionary<string, string> Six = new()
    {
        ["United States"] = "USA", ["Russian Federation"] = "RUS", ["China"] = "CHN",
        ["North Korea"] = "PRK", ["South Korea"] = "KOR", ["Japan"] = "JPN",
    };

    private static List<string[]> Icews() => Fixtures.Rows(Fixtures.IcewsEvents, header: true);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Dyad_matches_the_raw_file_in_both_directions(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents));
        var result = DyadQuery.Run(ledger, "USA", "PRK", PeriodGrain.Month, new EventFilter(new DateOnly(2018, 5, 1), new DateOnly(2018, 8, 1)));

        Assert.Equal(["2018-05", "2018-06", "2018-07"], result.Periods.Select(p => p.Label));
        var june = result.Periods[1];
        var rows = Icews();
        var ab = rows.Where(r => r[4] == "United States" && r[10] == "North Korea").ToList();
        var ba = rows.Where(r => r[4] == "North Korea" && r[10] == "United States").ToList();
        Assert.Equal(ab.Count, june.AToB.Count);
        Assert.Equal(ba.Count, june.BToA.Count);
        Assert.Equal(ab.Count + ba.Count, june.Combined.Count);
        Assert.Equal(ab.Sum(r => double.Parse(r[7], CultureInfo.InvariantCulture)), june.AToB.GoldsteinSum, 9);
        double both = ab.Concat(ba).Sum(r => double.Parse(r[7], CultureInfo.InvariantCulture));
        Assert.Equal(both / (ab.Count + ba.Count), june.Combined.GoldsteinMean!.Value, 9);
        long verbalCoop = ab.Concat(ba).Count(r => int.Parse(r[6][..2], CultureInfo.InvariantCulture) <= 5);
        Assert.Equal(verbalCoop, june.Combined.Quad(QuadClass.VerbalCooperation));
        Assert.Equal(0, result.Periods[0].Combined.Count);
        Assert.Null(result.Periods[0].Combined.GoldsteinMean);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void About_keeps_events_whose_story_involves_the_country(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents));
        var rows = Icews();
        var prkStories = rows.Where(r => r[4] == "North Korea" || r[10] == "North Korea").Select(r => r[11]).ToHashSet();
        var usRus = rows.Where(r => (r[4], r[10]) is ("United States", "Russian Federation") or ("Russian Federation", "United States")).ToList();
        int expected = usRus.Count(r => prkStories.Contains(r[11]));
        Assert.InRange(expected, 1, usRus.Count - 1);

        var all = DyadQuery.Run(ledger, "USA", "RUS", PeriodGrain.Year, EventFilter.All);
        var onKorea = DyadQuery.Run(ledger, "USA", "RUS", PeriodGrain.Year, new EventFilter(About: ["PRK"]));
        Assert.Equal(usRus.Count, all.Total.Count);
        Assert.Equal(expected, onKorea.Total.Count);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void About_follows_gdelt2_mention_urls(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Export));
        Databases.Import(ledger, Fixtures.Path(Fixtures.Gdelt2Mentions));
        var events = Fixtures.Rows(Fixtures.Gdelt2Export);
        var mentions = Fixtures.Rows(Fixtures.Gdelt2Mentions);
        // Independent computation: stories (SOURCEURL or mention URL) of events involving the country, then events linked to those stories.
        var linkOf = events.Select(e => (Id: e[0], Url: e[60]))
            .Concat(mentions.Select(m => (Id: m[0], Url: m[5])))
            .Distinct().ToList();
        string country = events.GroupBy(e => e[7]).Where(g => g.Key.Length == 3).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var involved = events.Where(e => e[7] == country || e[17] == country).Select(e => e[0]).ToHashSet();
        var stories = linkOf.Where(l => involved.Contains(l.Id)).Select(l => l.Url).ToHashSet();
        var about = linkOf.Where(l => stories.Contains(l.Url)).Select(l => l.Id).ToHashSet();
        long expected = events.Count(e => about.Contains(e[0]));

        long actual = ledger.ScalarLong("WITH " + AboutSql(country) + " SELECT COUNT(*) FROM events e WHERE " + AboutRule.Condition, country);
        Assert.Equal(expected, actual);
        Assert.True(expected > involved.Count, "mentions should pull in events beyond those involving the country");
    }

    private static string AboutSql(string country)
    {
        var args = new SqlArgs();
        return AboutRule.Cte([country], args);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Matrix_counts_every_ordered_pair(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Path(Fixtures.IcewsEvents));
        var actors = new[] { "USA", "RUS", "CHN", "PRK", "KOR", "JPN" };
        var result = MatrixQuery.Run(ledger, actors, EventFilter.All);
        var rows = Fixtures.Rows(Fixtures.IcewsSixParty, header: true);
        Assert.Equal(644, rows.Count);
        long total = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                if (i == j) continue;
                var cell = rows.Where(r => Six.GetValueOrDefault(r[4]) == actors[i] && Six.GetValueOrDefault(r[10]) == actors[j]).ToList();
                Assert.Equal(cell.Count, result.Cells[i, j].Count);
                if (cell.Count > 0) Assert.Equal(cell.Average(r => double.Parse(r[7], CultureInfo.InvariantCulture)), result.Cells[i, j].GoldsteinMean!.Value, 9);
                total += result.Cells[i, j].Count;
            }
        }
        Assert.Equal(644, total);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Top_lists_the_extremes_with_labels(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Example("korea-2019-events.csv"));
        var top = TopEventsQuery.Run(ledger, "RUS", "PRK", 3, EventFilter.All);
        Assert.Equal(3, top.MostCooperative.Count);
        Assert.Equal("0354", top.MostCooperative[0].CameoCode);
        Assert.Equal("Express intent to ease economic sanctions, boycott, or embargo", top.MostCooperative[0].CameoName);
        Assert.Equal(7.0, top.MostCooperative[0].Goldstein);
        Assert.All(top.MostConflictual, e => Assert.Equal("163", e.CameoCode));
        Assert.Equal(new DateOnly(2016, 3, 2), top.MostConflictual[0].Date);
        Assert.Contains("resolution 2270", top.MostConflictual[0].Description);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Affinity_links_scenario_actors_by_cameo_country(string kind)
    {
        using var test = TestLedger.Create(kind);
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Example("korea-2019-events.csv"));
        var scenario = ScenarioReader.ReadFile(Fixtures.Example("korea-2019.yaml")).Value;
        var result = AffinityQuery.Run(ledger, scenario, scenario.AsOf!.Value, ObservationWindow.Parse("12m")!.Value, EventFilter.All);
        Assert.Equal(new DateOnly(2018, 12, 21), result.From);
        var usRus = result.Pairs.Single(p => p.ActorA == "USA" && p.ActorB == "RUS");
        Assert.Equal((2L, 1L, 1L), (usRus.Events, usRus.EventsAToB, usRus.EventsBToA));
        Assert.Equal(0.1, usRus.CooperationIndex!.Value, 12);
        var rusPrk = result.Pairs.Single(p => p.ActorA == "RUS" && p.ActorB == "PRK");
        // 2019: Vladivostok visit and hosting (1.9, 2.8), Moscow visit, hosting and plan (1.9, 2.8, 4.0), draft resolution (7.0).
        Assert.Equal(6, rusPrk.Events);
        Assert.Equal((1.9 + 2.8 + 1.9 + 2.8 + 4.0 + 7.0) / 6 / 10, rusPrk.CooperationIndex!.Value, 12);
        Assert.Contains(result.Skipped, s => s.ActorId.Contains("USA_CONGRESS"));
        Assert.DoesNotContain(result.Pairs, p => p.ActorB == "USA_CONGRESS" && p.ActorA == "USA");
        Assert.InRange(usRus.StanceAlignment!.Value, -1, 1);
        Assert.Null(result.Pairs.Single(p => p.ActorA == "CHN" && p.ActorB == "JPN").CooperationIndex);
    }

    [Fact]
    public void Dyad_json_has_the_documented_shape()
    {
        using var test = TestLedger.CreateDuckDb();
        using var ledger = test.Open();
        Databases.Import(ledger, Fixtures.Example("korea-2019-events.csv"));
        var result = DyadQuery.Run(ledger, "USA", "RUS", PeriodGrain.Quarter, new EventFilter(new DateOnly(2019, 10, 1), new DateOnly(2020, 1, 1)));
        using var json = JsonDocument.Parse(EventsJsonWriter.Dyad(result));
        var period = json.RootElement.GetProperty("periods").EnumerateArray().Single();
        Assert.Equal("2019-Q4", period.GetProperty("period").GetString());
        Assert.Equal(2, period.GetProperty("count").GetInt32());
        Assert.Equal(2.0, period.GetProperty("goldstein_sum").GetDouble());
        Assert.Equal(1.0, period.GetProperty("goldstein_mean").GetDouble());
        Assert.Equal(2, period.GetProperty("quad").GetProperty("verbal_cooperation").GetInt32());
        Assert.Equal(1, period.GetProperty("a_to_b").GetProperty("count").GetInt32());
        Assert.Equal(1, period.GetProperty("b_to_a").GetProperty("count").GetInt32());
    }
}
