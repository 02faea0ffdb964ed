namespace Parley.Events.Queries;

/// <summary>
/// Which events a query counts: a date range (<see cref="To"/> exclusive), datasets, and the
/// "about" rule (see <see cref="AboutRule"/>). Country codes are CAMEO codes (<c>PRK</c>).
/// </summary>
public sealed record EventFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Datasets = null,
    IReadOnlyList<string>? About = null)
{
    public static EventFilter All { get; } = new();

    public IReadOnlyList<string> DatasetList => Datasets ?? [];

    public IReadOnlyList<string> AboutList => About ?? [];
}

/// <summary>Collects positional parameters ($1, $2…) while a query's SQL is assembled.</summary>
internal sealed class SqlArgs
{
    private readonly List<object?> values = [];

    public object?[] Values => values.ToArray();

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        values.Add(value);
        return "$" + values.Count;
    }

    public string List(IEnumerable<string> items) => string.Join(", ", items.Select(i => Add(i)));
}
