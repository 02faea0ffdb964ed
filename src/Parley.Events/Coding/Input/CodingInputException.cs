namespace Parley.Events.Coding.Input;

/// <summary>Rule names of refused coder inputs, as printed with the message.</summary>
public static class CodingRules
{
    public const string FileNotFound = "file-not-found";
    public const string NotText = "not-text";
    public const string InvalidEncoding = "invalid-encoding";
    public const string LineTooLong = "line-too-long";
    public const string FileTooLarge = "file-too-large";
    public const string MalformedConllu = "malformed-conllu";
    public const string MalformedGoldSet = "malformed-gold-set";
}

/// <summary>An input the coder cannot read: which file, which line (when known), which rule, and why.</summary>
public sealed class CodingInputException(string file, long? line, string message, Exception? inner = null, string rule = CodingRules.NotText)
    : Exception(line is null ? $"{file}: {message}" : $"{file}:{line}: {message}", inner)
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string Problem { get; } = message;

    public string Rule { get; } = rule;
}
