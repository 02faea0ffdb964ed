namespace Parley.Events.Coding.Input;

/// <summary>An input the coder cannot read: which file, which line (when known), and why.</summary>
public sealed class CodingInputException(string file, long? line, string message, Exception? inner = null)
    : Exception(line is null ? $"{file}: {message}" : $"{file}:{line}: {message}", inner)
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string Problem { get; } = message;
}
