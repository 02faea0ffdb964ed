using Parley.Analysis.Backtest.Deu;
using Parley.Analysis.Power;

namespace Parley.Analysis.Backtest;

/// <summary>
/// Picks the Council's voting game for a DEU issue. DEU gives the introduction date, not the date
/// of adoption, so the Council is taken as the larger of the Union on the introduction date and
/// the Union whose members hold positions on the proposal (a proposal introduced in 2003 on which
/// Poland took a position was decided by 25 members). EU-15 → Amsterdam weights; EU-25 → Nice
/// (the May–October 2004 transitional weights are not used: they applied to six months only);
/// EU-27 → Nice; EU-28 → Nice before 1 November 2014, Lisbon double majority from then on.
/// Unanimity issues use unanimity of the same members.
/// </summary>
public static class CouncilRegimeSelector
{
    private static readonly DateOnly Enlargement2004 = new(2004, 5, 1), Enlargement2007 = new(2007, 1, 1), Enlargement2013 = new(2013, 7, 1), Lisbon = new(2014, 11, 1);

    public static CouncilRegime Regime(DeuIssue issue, DeuDataset data)
    {
        var actors = data.ProposalActors(issue.ProposalId);
        var date = issue.Introduced;
        if (actors.Contains("cr") || date >= Enlargement2013) return CouncilRegimes.Get(date >= Lisbon ? "lisbon-28" : "nice-28");
        if (actors.Contains("bu") || actors.Contains("ro") || date >= Enlargement2007) return CouncilRegimes.Get("nice-27");
        if (actors.Overlaps(DeuIssue.LateMembers) || date >= Enlargement2004) return CouncilRegimes.Get("nice-25");
        return CouncilRegimes.Get(issue.VotingRule == "QMV(10)" ? "amsterdam-15-10" : "amsterdam-15");
    }

    public static LegislativeRule Rule(DeuIssue issue, DeuDataset data, out string key)
    {
        var regime = Regime(issue, data);
        var procedure = issue.IsCodecision ? LegislativeProcedure.Codecision : LegislativeProcedure.Consultation;
        key = $"{regime.Id}|{(issue.IsUnanimity ? "unanimity" : "qmv")}|{procedure}";
        return new LegislativeRule(procedure, issue.IsUnanimity ? regime.Unanimity : regime.QualifiedMajority);
    }
}
