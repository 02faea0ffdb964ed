using System.Text.RegularExpressions;
using Parley.Core.Validation;

namespace Parley.Application.Problems;

/// <summary>
/// How a face writes the options problems are about: the command line as <c>--set</c>, the web
/// API as <c>set</c>. Libraries and handlers name options by <see cref="OptionKey"/> tokens; a face
/// spells every problem once, just before showing it.
/// </summary>
public sealed partial class OptionSpelling(Func<OptionKey, string> spell)
{
    /// <summary>The command line: <c>--set</c>, <c>--input-format</c>.</summary>
    public static readonly OptionSpelling Cli = new(key => "--" + key.Name());

    /// <summary>The web API's query parameters and body fields: <c>set</c>, <c>dist</c>.</summary>
    public static readonly OptionSpelling Web = new(key => key.Name());

    private static readonly Dictionary<string, OptionKey> ByName = Enum.GetValues<OptionKey>().ToDictionary(k => k.Name(), StringComparer.Ordinal);

    public string Spell(OptionKey key) => spell(key);

    public Problem Spell(Problem problem) => problem with
    {
        Message = Replace(problem.Message)!,
        Field = Replace(problem.Field),
        File = Replace(problem.File),
    };

    public IReadOnlyList<Problem> Spell(IEnumerable<Problem> problems) => problems.Select(Spell).ToList();

    private string? Replace(string? text) =>
        text is null || !text.Contains("{{", StringComparison.Ordinal) ? text
            : Token().Replace(text, m => ByName.TryGetValue(m.Groups[1].Value, out var key) ? spell(key) : m.Value);

    [GeneratedRegex(@"\{\{([a-z\-]+)\}\}")]
    private static partial Regex Token();
}
