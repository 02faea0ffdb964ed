namespace Parley.Core.Validation;

/// <summary>
/// Collects problems while reading one file, attaching the file name and locations from the
/// <see cref="SourceMap"/>. Remembers which fields already failed so that later checks do not
/// report the same field twice (a missing position is not also "out of scale").
/// </summary>
public sealed class ProblemList
{
    private readonly List<Problem> problems = [];
    private readonly HashSet<string> failedFields = new(StringComparer.Ordinal);

    public ProblemList(string? file = null, SourceMap? map = null)
    {
        File = file;
        Map = map ?? new SourceMap();
    }

    public string? File { get; }

    public SourceMap Map { get; }

    public int Count => problems.Count;

    public IReadOnlyList<Problem> Items => problems;

    public bool HasFailed(string field) => failedFields.Contains(field);

    public void Add(string rule, string field, string message, SourceLocation? location = null)
    {
        if (!failedFields.Add(field) && rule != Rules.DuplicateKey) return;
        problems.Add(new Problem(rule, message, File, location ?? Map.Find(field), Map.DisplayName(field)));
    }

    /// <summary>Adds a problem about the file as a whole or a position in it, not about a field.</summary>
    public void AddGeneral(string rule, string message, SourceLocation? location = null) =>
        problems.Add(new Problem(rule, message, File, location));
}
