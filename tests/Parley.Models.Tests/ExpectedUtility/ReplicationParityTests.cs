using System.Globalization;
using Parley.Core;
using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

/// <summary>
/// Every golden output of the open replications, reproduced by its preset within 1e-9 relative:
/// per-round summaries, per-actor positions, risk exponents and accepted offers where the file has
/// them, and a replication's crash as a reported stop at the same round.
/// </summary>
public class ReplicationParityTests
{
    public static TheoryData<string> JmckibFiles => Files("jmckib__");

    public static TheoryData<string> DmasadFiles => Files("dmasad_gdm__");

    public static TheoryData<string> EumFiles => Files("eum_cs__");

    [Theory]
    [MemberData(nameof(JmckibFiles))]
    public void Jmckib_preset_reproduces(string summaryFile) => AssertNoMismatch(Compare(GoldenRun.FromSummary(summaryFile)));

    [Theory]
    [MemberData(nameof(DmasadFiles))]
    public void Dmasad_preset_reproduces(string summaryFile) => AssertNoMismatch(Compare(GoldenRun.FromSummary(summaryFile)));

    [Theory]
    [MemberData(nameof(EumFiles))]
    public void Eum_preset_reproduces(string summaryFile) => AssertNoMismatch(Compare(GoldenRun.FromSummary(summaryFile)));

    [Fact]
    public void Every_golden_file_is_checked()
    {
        int summaries = JmckibFiles.Count + DmasadFiles.Count + EumFiles.Count;
        int files = BdmFixtures.ExpectedFiles(".csv").Count();
        // One summary and one actor file per run.
        Assert.Equal(files, 2 * summaries);
        Assert.Equal(46, summaries);
    }

    private static TheoryData<string> Files(string prefix) =>
        new(BdmFixtures.ExpectedFiles("__summary.csv").Where(f => f.StartsWith(prefix, StringComparison.Ordinal)));

    private static void AssertNoMismatch(List<string> mismatches) =>
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:\n" + string.Join("\n", mismatches.Take(60)));

    internal static List<string> Compare(GoldenRun run)
    {
        var scenario = BdmFixtures.Load(run.Case);
        var model = new ExpectedUtilityModel(run.Options);
        var trajectory = model.Trajectory(scenario, 0);
        var names = scenario.Source.Actors.Select(a => a.Name).ToArray();
        var mismatches = new List<string>();
        var summary = BdmFixtures.ReadCsv(BdmFixtures.Expected(run.Stem + "__summary.csv"));
        var actors = BdmFixtures.ReadCsv(BdmFixtures.Expected(run.Stem + "__actors.csv"));

        void Number(string where, string expectedText, double actual)
        {
            double expected = BdmFixtures.Number(expectedText);
            if (!BdmFixtures.Close(expected, actual)) mismatches.Add($"{where}: expected {expectedText}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
        }

        int roundsInFile = 0;
        foreach (var row in summary)
        {
            int number = int.Parse(row["round"], CultureInfo.InvariantCulture);
            if (row.TryGetValue("events", out var events) && events.StartsWith("STOP", StringComparison.Ordinal))
            {
                if (trajectory.Stop.Kind != StopKind.DegenerateRisk || trajectory.Stop.Round != number - 1)
                {
                    mismatches.Add($"round {number}: replication stops ({events}); Parley: {trajectory.Stop.Kind} after round {trajectory.Stop.Round}");
                }
                continue;
            }
            roundsInFile++;
            if (number >= trajectory.Rounds.Length)
            {
                mismatches.Add($"round {number}: missing (Parley stopped: {trajectory.Stop.Message})");
                continue;
            }
            var round = trajectory.Rounds[number];
            string at = $"round {number}";
            Number(at + " mean", row["mean_cs_weighted"], round.Mean);
            switch (run.Prefix)
            {
                case "jmckib":
                    Number(at + " median_jmckib_pairwise", row["median_jmckib_pairwise"], round.Median);
                    Number(at + " median_cs_weighted_harness", row["median_cs_weighted_harness"],
                        BdmFixtures.LowerWeightedMedian(round.Positions, scenario.Capability, scenario.Saliences(0)));
                    if (int.Parse(row["n_moves"], CultureInfo.InvariantCulture) != round.Moves) mismatches.Add($"{at} n_moves: expected {row["n_moves"]}, got {round.Moves}");
                    break;
                case "dmasad_gdm":
                    Number(at + " vote", row["condorcet_vote_position"], round.Median);
                    string mine = Events(round, names);
                    if (row["events"] != mine) mismatches.Add($"{at} events:\n  expected {row["events"]}\n  got      {mine}");
                    break;
                default:
                    Number(at + " median_eum", row["median_eum"], round.Median);
                    break;
            }
        }
        if (trajectory.Rounds.Length != roundsInFile) mismatches.Add($"rounds: file has {roundsInFile}, Parley {trajectory.Rounds.Length} ({trajectory.Stop.Message})");

        int n = names.Length;
        for (int k = 0; k < actors.Count; k++)
        {
            var row = actors[k];
            int number = int.Parse(row["round"], CultureInfo.InvariantCulture);
            int i = k % n;
            if (row["actor"] != names[i]) mismatches.Add($"actor row {k}: expected actor {row["actor"]}, fixture order has {names[i]}");
            if (number >= trajectory.Rounds.Length) continue;
            var round = trajectory.Rounds[number];
            string at = $"round {number} {names[i]}#{i}";
            Number(at + " position", row["position"], round.Positions[i]);
            if (row.TryGetValue("risk_exponent_r", out var r) && r.Length > 0)
            {
                // The jmckib harness looked r up through the model's name → actor dictionary, so
                // for a repeated name it printed the r of the last actor of that name (litigation
                // case); positions and offers it printed by row.
                int reported = run.Prefix == "jmckib" ? Array.LastIndexOf(names, names[i]) : i;
                Number(at + " r", r, round.RiskExponents[reported]);
            }
            if (row.TryGetValue("offer_type", out var type))
            {
                var offer = round.Offers[i];
                string mineType = offer?.KindName ?? "";
                if (type != mineType) mismatches.Add($"{at} offer: expected '{type}', got '{mineType}'");
                else if (offer is { } o)
                {
                    if (row["offer_from"] != names[o.Proposer]) mismatches.Add($"{at} offer from: expected {row["offer_from"]}, got {names[o.Proposer]}");
                    Number(at + " E receiver", row["offer_eu_receiver"], o.ReceiverGain);
                    Number(at + " E proposer", row["offer_eu_proposer"], o.ProposerGain);
                }
            }
        }
        return mismatches;
    }

    /// <summary>The moves as dmasad prints them (its spelling of "capitulates" included).</summary>
    private static string Events(ExpectedUtilityRound round, string[] names)
    {
        var events = new List<string>();
        for (int i = 0; i < round.Offers.Length; i++)
        {
            if (round.Offers[i] is not { } offer) continue;
            string proposer = names[offer.Proposer];
            events.Add(offer.Kind switch
            {
                OfferKind.Confrontation => $"{names[i]} loses confrontation to {proposer}",
                OfferKind.Compromise => $"{names[i]} compromises with {proposer}",
                _ => $"{names[i]} capituates to {proposer}",
            });
        }
        return string.Join("; ", events);
    }
}

/// <summary>A golden run: which replication, which case, and the preset settings its harness used.</summary>
internal sealed record GoldenRun(string Prefix, string Case, string Stem, ExpectedUtilityOptions Options)
{
    public static GoldenRun FromSummary(string summaryFile)
    {
        string stem = summaryFile[..^"__summary.csv".Length];
        int split = stem.IndexOf("__", StringComparison.Ordinal);
        string prefix = stem[..split], rest = stem[(split + 2)..];
        switch (prefix)
        {
            case "jmckib":
            {
                int q = rest.LastIndexOf("_q", StringComparison.Ordinal);
                return new(prefix, rest[..q], stem, ExpectedUtilityPresets.Jmckib with { Q = BdmFixtures.Number(rest[(q + 2)..]) });
            }
            case "eum_cs":
            {
                int q = rest.LastIndexOf("_q", StringComparison.Ordinal);
                return new(prefix, rest[..q], stem, ExpectedUtilityPresets.Eum with { Q = BdmFixtures.Number(rest[(q + 2)..]) });
            }
            default:
                // dmasad's harness passed xmin/xmax (EC: 4/10, its notebook's) and, for one Honduras run, T = 0.
                var options = ExpectedUtilityPresets.Dmasad;
                if (rest == "ec_emissions") options = options with { Range = RangeRule.Explicit, RangeMin = 4, RangeMax = 10 };
                if (rest == "honduras_2009_T0_x4-10")
                {
                    rest = "honduras_2009";
                    options = options with { T = 0, Range = RangeRule.Explicit, RangeMin = 4, RangeMax = 10 };
                }
                return new(prefix, rest, stem, options);
        }
    }
}
