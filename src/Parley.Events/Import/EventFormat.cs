namespace Parley.Events.Import;

/// <summary>The input formats the ledger imports.</summary>
public enum EventFormat
{
    Gdelt1,
    Gdelt2,
    Gdelt2Mentions,
    Icews,
    ParleyCsv,
    ParleyYaml,
}

public static class EventFormats
{
    public static string Name(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "gdelt1",
        EventFormat.Gdelt2 => "gdelt2",
        EventFormat.Gdelt2Mentions => "gdelt2-mentions",
        EventFormat.Icews => "icews",
        EventFormat.ParleyCsv => "parley-csv",
        _ => "parley-yaml",
    };

    /// <summary>The --format values; <c>parley</c> means CSV or YAML, told apart by the file.</summary>
    public const string Choices = "gdelt1, gdelt2, gdelt2-mentions, icews, parley (CSV or YAML), parley-csv, parley-yaml";

    /// <summary>Parses a --format value; <paramref name="parleyAny"/> is set for plain <c>parley</c>.</summary>
    public static EventFormat? Parse(string value, out bool parleyAny)
    {
        parleyAny = false;
        switch (value.Trim().ToLowerInvariant())
        {
            case "gdelt1" or "gdelt": return EventFormat.Gdelt1;
            case "gdelt2": return EventFormat.Gdelt2;
            case "gdelt2-mentions" or "mentions": return EventFormat.Gdelt2Mentions;
            case "icews": return EventFormat.Icews;
            case "parley":
                parleyAny = true;
                return EventFormat.ParleyCsv;
            case "parley-csv" or "csv": return EventFormat.ParleyCsv;
            case "parley-yaml" or "yaml": return EventFormat.ParleyYaml;
            default: return null;
        }
    }
}
