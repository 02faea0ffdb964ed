namespace Parley.Events.Reference;

/// <summary>
/// A source of events in the ledger, with the rules Parley applies to it and its licence, so that
/// every number can be traced to a dataset and its terms.
/// </summary>
public sealed record EventDataset(string Id, string Name, QuadRule QuadRule, string GoldsteinSource, string Licence)
{
    public static readonly EventDataset Gdelt1 = new("gdelt1", "GDELT 1.0 events", QuadRule.Gdelt,
        "GoldsteinScale field of the file (equals GDELT's CAMEO.goldsteinscale.txt)",
        "GDELT: free and open, cite the GDELT Project (https://www.gdeltproject.org/)");

    public static readonly EventDataset Gdelt2 = new("gdelt2", "GDELT 2.0 events and mentions", QuadRule.Gdelt,
        "GoldsteinScale field of the file (equals GDELT's CAMEO.goldsteinscale.txt)",
        "GDELT: free and open, cite the GDELT Project (https://www.gdeltproject.org/)");

    public static readonly EventDataset Icews = new("icews", "ICEWS coded event data", QuadRule.Icews,
        "Intensity field of the file (ICEWS's Goldstein mapping)",
        "ICEWS: research and educational use only, no commercial use (doi:10.7910/DVN/28075)");

    public static readonly EventDataset Parley = new("parley", "Parley hand-entered events", QuadRule.Gdelt,
        "Goldstein score of the CAMEO code in GDELT's table (ICEWS's where GDELT has none)",
        "as stated by whoever entered the events (each row cites its source)");

    public static IReadOnlyList<EventDataset> All { get; } = [Gdelt1, Gdelt2, Icews, Parley];

    public static EventDataset? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
