namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// A verb dictionary code: "[042:043]" codes 042 from source to target and the paired 043 from
/// target to source (TABARI's paired events: a visit and its hosting); "[:173]" codes only the
/// reverse event; "[---]" codes nothing.
/// </summary>
public sealed record EventCodePair(string? Primary, string? Paired)
{
    public static EventCodePair? Parse(string inside)
    {
        inside = inside.Trim();
        if (inside.Length == 0 || inside == "---") return new EventCodePair(null, null);
        int colon = inside.IndexOf(':');
        if (colon < 0) return new EventCodePair(Clean(inside), null);
        return new EventCodePair(Clean(inside[..colon]), Clean(inside[(colon + 1)..]));
    }

    private static string? Clean(string code)
    {
        code = code.Trim();
        return code.Length == 0 || code == "---" ? null : code;
    }

    public bool IsEmpty => Primary is null && Paired is null;

    public override string ToString() => $"[{Primary ?? ""}{(Paired is null ? "" : ":" + Paired)}]";
}
