namespace Parley.Events.Reference;

/// <summary>
/// Reads an actor as an analyst writes it in a Parley events file: a CAMEO actor code
/// (<c>RUSGOV</c>, <c>USALEG</c>, <c>IGOUNO</c>: country, then role or known-group codes in
/// threes) or a country by code, FIPS or name ("North Korea").
/// </summary>
public static class ActorReference
{
    /// <summary>The actor's code and country (null for actors with no country, such as IGOUNO); false when unreadable.</summary>
    public static bool TryResolve(ReadOnlySpan<char> text, out string code, out string? country)
    {
        code = "";
        country = null;
        text = text.Trim();
        if (text.IsEmpty) return false;
        if (text.Length % 3 == 0 && IsUpperAscii(text))
        {
            var head = ReferenceData.Countries.FindByCode(text[..3]);
            if (head is not null && ReferenceData.Roles.AreRoleCodes(text[3..]))
            {
                code = text.ToString();
                country = head.CameoCode;
                return true;
            }
            if (ReferenceData.Roles.AreRoleCodes(text))
            {
                code = text.ToString();
                return true;
            }
        }
        var named = ReferenceData.Countries.Resolve(text.ToString());
        if (named is null) return false;
        code = named.CameoCode;
        country = named.CameoCode;
        return true;
    }

    /// <summary>The country part of a CAMEO actor code such as <c>USALEG</c>, or null.</summary>
    public static string? CountryOf(string? actorCode)
    {
        if (actorCode is null) return null;
        return TryResolve(actorCode, out _, out var country) ? country : null;
    }

    private static bool IsUpperAscii(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }
}
