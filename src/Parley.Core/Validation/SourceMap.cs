namespace Parley.Core.Validation;

/// <summary>
/// Where each field of a scenario came from in its file, keyed by field path
/// (<c>stances[3].position</c>). Lets checks that run after parsing point at a line and column.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    public void Record(string path, SourceLocation location) => locations.TryAdd(path, location);

    /// <summary>
    /// Gives a field path the name its format uses (a CSV column, say), so a CSV user reads
    /// "position" rather than the internal <c>stances[3].position</c>.
    /// </summary>
    public void Name(string path, string displayName) => names.TryAdd(path, displayName);

    public string DisplayName(string path) => names.TryGetValue(path, out var name) ? name : path;

    /// <summary>The location of <paramref name="path"/>, else of its nearest recorded parent.</summary>
    public SourceLocation? Find(string path)
    {
        string current = path;
        while (true)
        {
            if (locations.TryGetValue(current, out var location)) return location;
            if (current.Length == 0) return null;
            int cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            // The document root is recorded under "", the last fallback.
            current = cut <= 0 ? "" : current[..cut];
        }
    }
}
