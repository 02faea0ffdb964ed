using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Parley.Analysis.Power;

/// <summary>
/// The Council of the EU's voting rules since 1995, from the embedded table of members, votes and
/// populations (Power/Data/eu-council-members.csv, sources in its README):
/// <list type="bullet">
/// <item><c>amsterdam-15</c>: EU-15, 62 of 87 votes (QMV(10): and at least 10 members);</item>
/// <item><c>transitional-25</c>: 1 May – 31 Oct 2004, 88 of 124 votes;</item>
/// <item><c>nice-25</c>, <c>nice-27</c>, <c>nice-28</c>: 232/321, 255/345, 260/352 votes, a majority of
/// the members, and 62 % of the population (the check any member may request, counted as binding);</item>
/// <item><c>lisbon-28</c>: from 1 Nov 2014, 55 % of the members (16 of 28) with 65 % of the population
/// (2016 figures), or any coalition that leaves fewer than four members to block.</item>
/// </list>
/// </summary>
public static class CouncilRegimes
{
    private static readonly Lazy<ImmutableArray<CouncilMember>> members = new(Load);
    private static readonly Lazy<ImmutableArray<CouncilRegime>> regimes = new(Build);

    public static ImmutableArray<CouncilMember> Members => members.Value;

    public static ImmutableArray<CouncilRegime> All => regimes.Value;

    public static CouncilRegime? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public static CouncilRegime Get(string id) => Find(id) ?? throw new ArgumentException($"unknown Council regime '{id}'", nameof(id));

    /// <summary>The members on a date (accession dates from the table).</summary>
    public static ImmutableArray<CouncilMember> MembersOn(DateOnly date) => [.. Members.Where(m => m.Joined <= date)];

    private static ImmutableArray<CouncilRegime> Build()
    {
        var eu15 = MembersOn(new DateOnly(2004, 4, 30));
        var eu25 = MembersOn(new DateOnly(2006, 12, 31));
        var eu27 = MembersOn(new DateOnly(2013, 6, 30));
        var eu28 = MembersOn(new DateOnly(2014, 11, 1));
        return
        [
            new("amsterdam-15", "EU-15, Amsterdam weights: 62 of 87 votes", new(1995, 1, 1), new(2004, 4, 30), eu15,
                Votes(eu15, m => m.AmsterdamVotes!.Value, 62, 0)),
            new("amsterdam-15-10", "EU-15, Amsterdam weights, act not on a Commission proposal: 62 of 87 votes and 10 members", new(1995, 1, 1), new(2004, 4, 30), eu15,
                Votes(eu15, m => m.AmsterdamVotes!.Value, 62, 10)),
            new("transitional-25", "EU-25, 1 May – 31 Oct 2004: 88 of 124 votes", new(2004, 5, 1), new(2004, 10, 31), eu25,
                Votes(eu25, m => m.TransitionalVotes!.Value, 88, 0)),
            new("nice-25", "EU-25, Nice weights: 232 of 321 votes, 13 members, 62 % of the population", new(2004, 11, 1), new(2006, 12, 31), eu25,
                Nice(eu25, 232)),
            new("nice-27", "EU-27, Nice weights: 255 of 345 votes, 14 members, 62 % of the population", new(2007, 1, 1), new(2013, 6, 30), eu27,
                Nice(eu27, 255)),
            new("nice-28", "EU-28, Nice weights: 260 of 352 votes, 15 members, 62 % of the population", new(2013, 7, 1), new(2014, 10, 31), eu28,
                Nice(eu28, 260)),
            new("lisbon-28", "EU-28, Lisbon double majority: 16 members with 65 % of the population (2016), or all but three", new(2014, 11, 1), null, eu28,
                Lisbon(eu28)),
        ];
    }

    private static VotingGame Votes(ImmutableArray<CouncilMember> m, Func<CouncilMember, int> votes, long quota, int minimumMembers) =>
        VotingGame.Create([.. m.Select(x => x.Id)], [new WeightCriterion("votes", [.. m.Select(x => (long)votes(x))], quota)], minimumMembers).Value;

    private static VotingGame Nice(ImmutableArray<CouncilMember> m, long quota)
    {
        long population = m.Sum(x => x.PopulationNice100k);
        return VotingGame.Create([.. m.Select(x => x.Id)],
        [
            new WeightCriterion("votes", [.. m.Select(x => (long)x.NiceVotes)], quota),
            new WeightCriterion("population", [.. m.Select(x => x.PopulationNice100k)], CeilingShare(population, 62)),
        ], minimumMembers: m.Length / 2 + 1).Value;
    }

    private static VotingGame Lisbon(ImmutableArray<CouncilMember> m)
    {
        long population = m.Sum(x => x.Population2016);
        int states = Math.Max(15, (int)CeilingShare(m.Length, 55));
        return VotingGame.Create([.. m.Select(x => x.Id)],
            [new WeightCriterion("population", [.. m.Select(x => x.Population2016)], CeilingShare(population, 65))],
            minimumMembers: states, winsWithMembers: m.Length - 3).Value;
    }

    /// <summary>The smallest integer at least <paramref name="percent"/> % of <paramref name="total"/>.</summary>
    private static long CeilingShare(long total, int percent) => (total * percent + 99) / 100;

    private static ImmutableArray<CouncilMember> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parley.Analysis.Power.Data.eu-council-members.csv")
            ?? throw new InvalidOperationException("embedded Council table missing");
        using var reader = new StreamReader(stream);
        var result = ImmutableArray.CreateBuilder<CouncilMember>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            result.Add(new CouncilMember(f[0], f[1], DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f[3].Length > 0 ? int.Parse(f[3], CultureInfo.InvariantCulture) : null,
                f[4].Length > 0 ? int.Parse(f[4], CultureInfo.InvariantCulture) : null,
                int.Parse(f[5], CultureInfo.InvariantCulture),
                long.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture)));
        }
        return result.ToImmutable();
    }
}
