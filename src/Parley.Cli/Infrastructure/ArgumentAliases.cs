namespace Parley.Cli.Infrastructure;

/// <summary>
/// Spellings the documentation promises that Spectre.Console.Cli cannot declare: it refuses
/// one-letter long options, so <c>--q 0.5</c> and <c>--t=1</c> are rewritten to <c>-q 0.5</c> and
/// <c>-t 1</c> before parsing.
/// </summary>
public static class ArgumentAliases
{
    private static readonly string[] OneLetterLongOptions = ["q", "t"];

    public static string[] Normalise(string[] args)
    {
        var result = new List<string>(args.Length + 2);
        foreach (var arg in args)
        {
            string? rewritten = null;
            foreach (var letter in OneLetterLongOptions)
            {
                if (arg == "--" + letter) rewritten = "-" + letter;
                else if (arg.StartsWith("--" + letter + "=", StringComparison.Ordinal))
                {
                    result.Add("-" + letter);
                    rewritten = arg[(letter.Length + 3)..];
                }
            }
            result.Add(rewritten ?? arg);
        }
        return result.ToArray();
    }
}
