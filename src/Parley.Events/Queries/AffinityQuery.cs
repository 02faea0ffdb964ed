using Parley.Core;
using Parley.Events.Reference;
using Parley.Events.Store;

namespace Parley.Events.Queries;

/// <summary>
/// One pair of scenario actors: what the event record says about their relations in the window
/// (both directions together) next to how close their stated positions are in the scenario.
/// </summary>
/// <param name="CooperationIndex">Mean Goldstein score of the pair's events divided by 10, so −1 (all most-conflictual) … +1 (all most-cooperative); null without events.</param>
/// <param name="StanceAlignment">1 − 2 × the salience-weighted mean distance between the two actors' positions as a share of each scale: +1 identical positions, −1 opposite ends; null when they share no dimension.</param>
public sealed record AffinityPair(
    string ActorA,
    string ActorB,
    string CountryA,
    string CountryB,
    long Events,
    long EventsAToB,
    long EventsBToA,
    double? GoldsteinMean,
    double? CooperationIndex,
    double? StanceAlignment);

/// <summary>Scenario actors that cannot be linked to events, and why.</summary>
public sealed record AffinitySkip(string ActorId, string Reason);

public sealed record AffinityResult(string Scenario, DateOnly AsOf, ObservationWindow Window, DateOnly From, EventFilter Filter,
    IReadOnlyList<AffinityPair> Pairs, IReadOnlyList<AffinitySkip> Skipped);

/// <summary>
/// <c>parley events affinity</c>: links each scenario actor to event data by the country of its
/// CAMEO code (<c>USALEG</c> → USA) and reports, for every pair of actors in different countries,
/// the observed cooperation index in the window up to the scenario's as-of date.
/// </summary>
public static class AffinityQuery
{
    public const string IndexDescription =
        "cooperation index = mean Goldstein score of the pair's events in the window (both directions) / 10, from -1 (most conflictual) to +1 (most cooperative)";

    public static AffinityResult Run(EventLedger ledger, Scenario scenario, DateOnly asOf, ObservationWindow window, EventFilter filter)
    {
        var linked = new List<(Actor Actor, string Country)>();
        var skipped = new List<AffinitySkip>();
        foreach (var actor in scenario.Actors)
        {
            if (string.IsNullOrWhiteSpace(actor.CameoCode))
            {
                skipped.Add(new AffinitySkip(actor.Id, "no CAMEO code (set 'cameo' in the scenario)"));
                continue;
            }
            var country = ActorReference.CountryOf(actor.CameoCode);
            if (country is null) skipped.Add(new AffinitySkip(actor.Id, $"CAMEO code '{actor.CameoCode}' names no country"));
            else linked.Add((actor, country));
        }

        var from = window.Start(asOf);
        var windowed = filter with { From = from, To = asOf.AddDays(1) };
        var countries = linked.Select(l => l.Country).Distinct(StringComparer.Ordinal).ToList();
        var matrix = countries.Count >= 2 ? MatrixQuery.Run(ledger, countries, windowed) : null;

        var pairs = new List<AffinityPair>();
        for (int i = 0; i < linked.Count; i++)
        {
            for (int j = i + 1; j < linked.Count; j++)
            {
                var (a, ca) = linked[i];
                var (b, cb) = linked[j];
                if (ca == cb) continue;
                int ia = countries.IndexOf(ca), ib = countries.IndexOf(cb);
                var ab = matrix!.Cells[ia, ib];
                var ba = matrix.Cells[ib, ia];
                var both = new Tally();
                both.Add(ab);
                both.Add(ba);
                pairs.Add(new AffinityPair(a.Id, b.Id, ca, cb, both.Count, ab.Count, ba.Count, both.GoldsteinMean,
                    both.GoldsteinMean / 10, StanceAlignment(scenario, a.Id, b.Id)));
            }
        }
        foreach (var group in linked.GroupBy(l => l.Country).Where(g => g.Count() > 1))
        {
            // Actors of one country (a government and its legislature) cannot be told apart by country-level events.
            var ids = group.Select(g => g.Actor.Id).ToList();
            skipped.Add(new AffinitySkip(string.Join(", ", ids), $"share the country {group.Key}; pairs among them are not reported"));
        }
        return new AffinityResult(scenario.Title, asOf, window, from, windowed, pairs, skipped);
    }

    /// <summary>How close two actors' stated positions are, weighted by how much the two care about each dimension.</summary>
    public static double? StanceAlignment(Scenario scenario, string a, string b)
    {
        double weighted = 0, weights = 0;
        foreach (var dimension in scenario.Dimensions)
        {
            var sa = scenario.FindStance(a, dimension.Id);
            var sb = scenario.FindStance(b, dimension.Id);
            if (sa is null || sb is null || dimension.Scale.Width <= 0) continue;
            double w = (sa.Salience + sb.Salience) / 2;
            if (w <= 0) continue;
            weighted += w * Math.Abs(sa.Position - sb.Position) / dimension.Scale.Width;
            weights += w;
        }
        return weights == 0 ? null : 1 - 2 * weighted / weights;
    }
}
