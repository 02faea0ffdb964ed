using System.Reflection;

namespace Parley.Events.Reference;

/// <summary>The code tables shipped inside Parley.Events (embedded from Data/; origins in Data/README.md).</summary>
public static class ReferenceData
{
    private static readonly Lazy<CameoCodebook> codebook = new(() => CameoCodebook.Parse(Open("cameo_event_codes_merged.tsv")));
    private static readonly Lazy<CountryTable> countries = new(LoadCountries);
    private static readonly Lazy<ActorRoles> roles = new(() => new ActorRoles(ReadPairs("CAMEO.type.txt"), ReadPairs("CAMEO.knowngroup.txt")));

    public static CameoCodebook Codebook => codebook.Value;

    public static CountryTable Countries => countries.Value;

    public static ActorRoles Roles => roles.Value;

    internal static StreamReader Open(string name)
    {
        var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("Parley.Events.Data." + name)
            ?? throw new InvalidOperationException($"reference table '{name}' is not embedded in {typeof(ReferenceData).Assembly.GetName().Name}");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    private static CountryTable LoadCountries()
    {
        var list = new List<Country>();
        using (var reader = Open("countries.tsv"))
        {
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                var f = line.Split('\t');
                list.Add(new Country(f[0], f[2], f[1], Empty(f[4]), Empty(f[5]), Empty(f[6]), Empty(f[3])));
            }
        }
        var aliases = new List<KeyValuePair<string, string>>();
        using (var reader = Open("country_aliases.tsv"))
        {
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                var f = line.Split('\t');
                aliases.Add(new(f[0], f[1]));
            }
        }
        return new CountryTable(list, aliases);
    }

    /// <summary>GDELT lookup files: a CODE/LABEL header, then tab-separated pairs.</summary>
    private static Dictionary<string, string> ReadPairs(string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Open(name);
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            pairs[line[..tab].Trim()] = line[(tab + 1)..].Trim();
        }
        return pairs;
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
