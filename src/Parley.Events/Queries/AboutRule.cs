namespace Parley.Events.Queries;

/// <summary>
/// CAMEO has no topic field, so "US–Russia interaction on Korea" is approximated by co-reporting:
/// an event is <em>about</em> a country when an event of the same story involves that country as
/// source or target. The story is the unit each dataset gives: ICEWS's <c>Story ID</c>, GDELT 1.0's
/// <c>SOURCEURL</c>, GDELT 2.0's <c>SOURCEURL</c> plus every article URL of its EventMentions,
/// and a Parley event's URL (or citation). Events involving the country themselves count too.
/// <para>Limits: an article that mentions Korea in passing makes all its events "about Korea";
/// GDELT 1.0 keeps one URL per event, so events reported in other articles are missed; events
/// without a story (backfile GDELT rows) are never "about" anything.</para>
/// </summary>
internal static class AboutRule
{
    public const string Description =
        "an event counts as about a country when an event of the same story (ICEWS Story ID, GDELT SOURCEURL or GDELT 2.0 mention URL, Parley url/citation) has that country as source or target";

    /// <summary>A common table expression naming <c>about_stories</c>: the (dataset, story) pairs with an event involving one of the countries.</summary>
    public static string Cte(IReadOnlyList<string> countries, SqlArgs args)
    {
        string list = args.List(countries);
        return $"""
            about_stories AS (
                SELECT a.dataset, a.story FROM events a
                WHERE a.story IS NOT NULL AND (a.source_country IN ({list}) OR a.target_country IN ({list}))
                UNION
                SELECT m.dataset, m.story FROM event_mentions m
                JOIN events x ON x.dataset = m.dataset AND x.event_key = m.event_key
                WHERE x.source_country IN ({list}) OR x.target_country IN ({list})
            )
            """;
    }

    /// <summary>
    /// True for an event (aliased <c>e</c>) whose own story, or one of its mention URLs, is an about-story.
    /// Written as semi-joins from the (already filtered) events, so only the events a query selects are probed.
    /// </summary>
    public const string Condition =
        "(EXISTS (SELECT 1 FROM about_stories s WHERE s.dataset = e.dataset AND s.story = e.story)" +
        " OR EXISTS (SELECT 1 FROM event_mentions em JOIN about_stories s2 ON s2.dataset = em.dataset AND s2.story = em.story" +
        " WHERE em.dataset = e.dataset AND em.event_key = e.event_key))";
}
