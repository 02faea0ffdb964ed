namespace Parley.Core.Validation;

/// <summary>
/// A user-facing option a problem is about (the what-if edits, the model choice, the Monte Carlo
/// settings…), independent of how a face spells it: the command line writes <c>--set</c>, the web
/// API <c>set</c>. Libraries name the option with <see cref="OptionKeys.Token"/>; each face replaces
/// the token with its own spelling before showing the problem.
/// </summary>
public enum OptionKey
{
    File,
    InputFormat,
    Set,
    Drop,
    Add,
    Model,
    Param,
    Dimension,
    Actor,
    Round,
    Runs,
    Seed,
    Distribution,
    Threshold,
    Bins,
    Threads,
    Top,
    Format,
    Headline,
    Chart,
    Width,
    Output,
    Data,
}

/// <summary>Canonical names and message tokens of <see cref="OptionKey"/>.</summary>
public static class OptionKeys
{
    /// <summary>The canonical name: the web API's query parameter and the CLI's option without dashes.</summary>
    public static string Name(this OptionKey key) => key switch
    {
        OptionKey.InputFormat => "input-format",
        OptionKey.Distribution => "dist",
        _ => key.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The placeholder written into a problem's field and message where the option's name goes;
    /// a face replaces it with its spelling (see <c>OptionSpelling</c> in Parley.Application).
    /// </summary>
    public static string Token(this OptionKey key) => "{{" + key.Name() + "}}";

    /// <summary>A problem about one option: its field is the option's token.</summary>
    public static Problem Problem(this OptionKey key, string rule, string message) => new(rule, message, Field: key.Token());

    /// <summary>The option a problem is about, if its field is an option token.</summary>
    public static OptionKey? Of(Problem problem)
    {
        foreach (var key in Enum.GetValues<OptionKey>())
        {
            if (problem.Field == key.Token()) return key;
        }
        return null;
    }
}
