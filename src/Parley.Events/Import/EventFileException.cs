namespace Parley.Events.Import;

/// <summary>
/// The file as a whole cannot be imported (not the format it claims, a missing header column,
/// broken YAML, a truncated archive). Nothing from it is kept.
/// </summary>
public sealed class EventFileException(string file, long? line, string field, string message, Exception? inner = null)
    : Exception(line is { } l ? $"{file}:{l}: {field}: {message}" : $"{file}: {field}: {message}", inner)
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string Field { get; } = field;

    public string Reason { get; } = message;
}
