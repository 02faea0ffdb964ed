namespace Parley.Events.Reference;

/// <summary>
/// CAMEO actor role ("type") codes such as GOV, MIL, LEG and known-group codes such as UNO, NAT.
/// A full actor code concatenates them after the country: <c>USAGOV</c>, <c>KORGOVMIL</c>, <c>IGOUNO</c>.
/// </summary>
public sealed class ActorRoles
{
    private readonly Dictionary<string, string> roles;
    private readonly Dictionary<string, string> groups;

    public ActorRoles(IReadOnlyDictionary<string, string> roles, IReadOnlyDictionary<string, string> knownGroups)
    {
        this.roles = new Dictionary<string, string>(roles, StringComparer.Ordinal);
        groups = new Dictionary<string, string>(knownGroups, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> Roles => roles;

    public IReadOnlyDictionary<string, string> KnownGroups => groups;

    public string? RoleName(string code) => roles.GetValueOrDefault(code);

    public string? GroupName(string code) => groups.GetValueOrDefault(code);

    /// <summary>True when every three-letter part of <paramref name="parts"/> is a role or known-group code.</summary>
    public bool AreRoleCodes(ReadOnlySpan<char> parts)
    {
        if (parts.Length % 3 != 0) return false;
        var roleLookup = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        var groupLookup = groups.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < parts.Length; i += 3)
        {
            var part = parts.Slice(i, 3);
            if (!roleLookup.ContainsKey(part) && !groupLookup.ContainsKey(part)) return false;
        }
        return true;
    }
}
