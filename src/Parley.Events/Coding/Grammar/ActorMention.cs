using Parley.Events.Reference;

namespace Parley.Events.Coding.Grammar;

/// <summary>
/// An actor found in a sentence: its tokens (<see cref="First"/>..<see cref="Last"/>), character
/// offsets, CAMEO actor code ("PRKGOV") and the rule that decided the code.
/// </summary>
public sealed record ActorMention(int First, int Last, int Start, int End, string Code, string Text, string Rule)
{
    public string? Country => CountryOf(Code);

    /// <summary>Country part of a code; null for actors without one (IGOUNO, NGO…). Unknown three-letter heads (the validation suite's ARN, GON) count as countries.</summary>
    public static string? CountryOf(string code)
    {
        if (code.Length < 3) return null;
        var head = code[..3];
        if (ReferenceData.Countries.FindByCode(head) is { } c) return c.CameoCode;
        if (ReferenceData.Roles.AreRoleCodes(head) || head == "---") return null;
        return head;
    }

    /// <summary>The role part of a code (GOV in PRKGOV), empty when none.</summary>
    public string Role => Country is { } country && Code.StartsWith(country, StringComparison.Ordinal) ? Code[country.Length..] : Code;
}
