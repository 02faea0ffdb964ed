namespace Parley.Events.Import;

/// <summary>A line that could not be imported: where, which field, why.</summary>
public sealed record BadLine(string File, long Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}

/// <summary>
/// Counts bad lines and keeps the first <see cref="Shown"/> for the report, so that a file of
/// garbage cannot fill memory. In strict mode the first bad line stops the import.
/// </summary>
public sealed class BadLines(string file, bool strict)
{
    public const int Shown = 20;
    private readonly List<BadLine> first = [];

    public long Count { get; private set; }

    public IReadOnlyList<BadLine> First => first;

    public void Add(long line, LineProblem problem)
    {
        Count++;
        var bad = new BadLine(file, line, problem.Field, problem.Message);
        if (first.Count < Shown) first.Add(bad);
        if (strict) throw new StrictImportException(bad);
    }
}

/// <summary>Thrown in <c>--strict</c> mode at the first bad line; the import is rolled back.</summary>
public sealed class StrictImportException(BadLine line) : Exception($"{line} (--strict: nothing was imported from this file)")
{
    public BadLine Line { get; } = line;
}
