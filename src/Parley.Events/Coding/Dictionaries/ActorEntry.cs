namespace Parley.Events.Coding.Dictionaries;

/// <summary>A code valid for a period: "[RUSGOV 991231-080507]", "[RUSGOV &gt;080508]", or the undated default "[RUSELI]".</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public bool IsDefault => From is null && To is null;
}

/// <summary>
/// One actor of the dictionary: its head name (the first line of the entry), the file and line it
/// comes from, and its codes. The code of a date is the dated code covering it, else the undated one.
/// </summary>
public sealed record ActorEntry(string Name, string Source, int Line, IReadOnlyList<DatedCode> Codes)
{
    public string? CodeOn(DateOnly date)
    {
        foreach (var c in Codes) if (!c.IsDefault && c.Covers(date)) return c.Code;
        foreach (var c in Codes) if (c.IsDefault) return c.Code;
        return null;
    }

    public bool IsDateRestricted => Codes.Any(c => !c.IsDefault);
}
