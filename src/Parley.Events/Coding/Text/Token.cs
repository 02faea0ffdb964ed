namespace Parley.Events.Coding.Text;

/// <summary>
/// One word or punctuation mark of a sentence. <see cref="Norm"/> is the form dictionaries are
/// matched on (upper case, dotted initials without dots: "U.S." → "US"); offsets are characters
/// in the document, so every decision can point back at the text that caused it.
/// </summary>
public sealed record Token(string Text, string Norm, int Start, int End)
{
    public bool IsWord => Norm.Length > 0 && (char.IsLetterOrDigit(Norm[0]) || Norm[0] == '\'');

    /// <summary>Written entirely in lower case ("us", "it"): never a short proper name.</summary>
    public bool IsLowerCase
    {
        get
        {
            foreach (var c in Text) if (char.IsUpper(c)) return false;
            return true;
        }
    }

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
