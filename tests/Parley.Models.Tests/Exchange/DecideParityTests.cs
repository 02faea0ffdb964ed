using Parley.Models.Exchange;

namespace Parley.Models.Tests.Exchange;

/// <summary>
/// Parity with Decide (foarsitter/decide-exchange-model @ 51dee66) under the anchor's deterministic
/// tie rule: every round's outcomes and counts, every executed exchange (actors, issues, moves,
/// gains, outcome views, cut flags, externalities), every position and every actor's externality
/// sums, within 1e-9 on the 0–100 scale.
/// </summary>
public sealed class DecideParityTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Inputs => [.. DecideFixtures.Inputs];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decide_preset_reproduces_every_round_and_exchange(string input)
    {
        var run = DecideFixtures.Run(input, ExchangeOptions.Decide);
        var data = run.Input;
        var check = new Comparison();

        var outcomes = DecideFixtures.Expected(input, "outcomes");
        Assert.Equal(outcomes.Count, run.Rounds.Length * data.IssueCount);
        foreach (var row in outcomes)
        {
            var round = run.Rounds[row.I("round") - 1];
            int k = Array.IndexOf(data.IssueIds, row["issue"]);
            string at = $"round {round.Number} issue {row["issue"]}";
            check.Near(row.D("preference_mds_norm"), round.PreferenceOutcome[k], at + " preference outcome");
            check.Near(row.D("voting_mds_norm"), round.VotingOutcome[k], at + " voting outcome");
            check.Exact(row.I("n_candidates"), round.Candidates, at + " candidates");
            check.Exact(row.I("n_candidates_valid"), round.ValidCandidates, at + " valid candidates");
            check.Exact(row.I("n_realized"), round.Realized, at + " realized");
        }

        var exchanges = DecideFixtures.Expected(input, "exchanges");
        Assert.Equal(exchanges.Count, run.Exchanges.Length);
        for (int e = 0; e < exchanges.Count; e++)
        {
            var row = exchanges[e];
            var x = run.Exchanges[e];
            string at = $"exchange {row["round"]}.{row["seq"]}";
            check.Exact(row.I("round"), x.Round, at + " round");
            check.Exact(row.I("seq"), x.Sequence, at + " seq");
            check.Exact(row["p"], data.IssueIds[x.P], at + " p");
            check.Exact(row["q"], data.IssueIds[x.Q], at + " q");
            check.Exact(row["groups"], x.GroupsAD ? "a-d" : "b-c", at + " groups");
            check.Near(row.D("gain"), x.Gain, at + " gain");
            check.Near(row.D("ext_ip"), x.Externalities.InnerPositive, at + " ext_ip");
            check.Near(row.D("ext_in"), x.Externalities.InnerNegative, at + " ext_in");
            check.Near(row.D("ext_op"), x.Externalities.OuterPositive, at + " ext_op");
            check.Near(row.D("ext_on"), x.Externalities.OuterNegative, at + " ext_on");
            check.Near(row.D("ext_own"), x.Externalities.Own, at + " ext_own");
            foreach (var (prefix, side) in new[] { ("i_", x.I), ("j_", x.J) })
            {
                string s = at + " " + prefix;
                check.Exact(row[prefix + "actor"], data.ActorIds[side.Actor], s + "actor");
                check.Exact(row[prefix + "supply_issue"], data.IssueIds[side.SupplyIssue], s + "supply_issue");
                check.Near(row.D(prefix + "start"), side.Start, s + "start");
                check.Near(row.D(prefix + "move"), side.Move, s + "move");
                check.Near(row.D(prefix + "voting"), side.Voting, s + "voting");
                check.Near(row.D(prefix + "equal_gain_voting"), side.EqualGainVoting, s + "equal_gain_voting");
                check.Near(row.D(prefix + "eu"), side.Eu, s + "eu");
                check.Near(row.D(prefix + "nbs_0"), side.OutcomeBefore, s + "nbs_0");
                check.Near(row.D(prefix + "nbs_1"), side.OutcomeAfter, s + "nbs_1");
                check.Exact(row[prefix + "adjusted_by_nbs"], side.Cut ? "True" : "False", s + "adjusted_by_nbs");
            }
        }

        var positions = DecideFixtures.Expected(input, "positions");
        foreach (var row in positions)
        {
            var round = run.Rounds[row.I("round") - 1];
            int k = Array.IndexOf(data.IssueIds, row["issue"]), i = Array.IndexOf(data.ActorIds, row["actor"]);
            int c = k * data.ActorCount + i;
            string at = $"round {round.Number} {row["actor"]} on {row["issue"]}";
            check.Near(row.D("start_norm"), round.Start[c], at + " start");
            check.Near(row.D("voting_norm"), round.Voting[c], at + " voting");
            check.Near(row.D("next_start_norm"), round.NextStart[c], at + " next start");
        }

        var externalities = DecideFixtures.Expected(input, "externalities");
        foreach (var row in externalities)
        {
            var round = run.Rounds[row.I("round") - 1];
            var e = round.ExternalitiesByActor[Array.IndexOf(data.ActorIds, row["actor"])];
            string at = $"round {round.Number} {row["actor"]} externalities";
            check.Near(row.D("inner_positive"), e.InnerPositive, at + " inner positive");
            check.Near(row.D("inner_negative"), e.InnerNegative, at + " inner negative");
            check.Near(row.D("outer_positive"), e.OuterPositive, at + " outer positive");
            check.Near(row.D("outer_negative"), e.OuterNegative, at + " outer negative");
            check.Near(row.D("own"), e.Own, at + " own");
        }

        output.WriteLine($"{input}: {run.Exchanges.Length} exchanges, {check.Values} values compared ({check.Numbers} numbers), max |difference| {check.MaxDifference:G3} at {check.WorstAt}");
        Assert.True(check.Failures.Count == 0, $"{check.Failures.Count} mismatches; first: " + string.Join("\n", check.Failures.Take(10)));
    }

    private sealed class Comparison
    {
        public List<string> Failures { get; } = [];

        public int Values { get; private set; }

        public int Numbers { get; private set; }

        public double MaxDifference { get; private set; }

        public string WorstAt { get; private set; } = "";

        public void Near(double expected, double actual, string what)
        {
            Values++;
            Numbers++;
            double difference = Math.Abs(expected - actual);
            if (difference > MaxDifference || double.IsNaN(difference))
            {
                MaxDifference = difference;
                WorstAt = what;
            }
            if (!(difference <= Tolerance)) Failures.Add($"{what}: expected {expected:R}, got {actual:R}");
        }

        public void Exact<T>(T expected, T actual, string what)
        {
            Values++;
            if (!EqualityComparer<T>.Default.Equals(expected, actual)) Failures.Add($"{what}: expected {expected}, got {actual}");
        }
    }
}
