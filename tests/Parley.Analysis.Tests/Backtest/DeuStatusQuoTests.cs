using Parley.Analysis.Backtest.Deal;

namespace Parley.Analysis.Tests.Backtest;

public sealed class DeuStatusQuoTests
{
    [Fact]
    public void FiftyOneOf253IssuesWithAReferencePointEndedExactlyThere()
    {
        var data = Deu3.Data;
        var features = data.Scored.Select(i => StatusQuoFeatures.Of(i, data, i.Outcome!.Value)).ToList();
        Assert.Equal(253, features.Count(f => f.HasStatusQuo));
        Assert.Equal(51, features.Count(f => f.AtStatusQuo));
        var scored = data.Scored;
        Assert.Equal(40, scored.Where((_, k) => features[k].AtStatusQuo).Count(i => i.VotingRule == "QMV"));
        Assert.Equal(11, scored.Where((_, k) => features[k].AtStatusQuo).Count(i => i.VotingRule == "Unan"));
    }

    [Fact]
    public void UnanimityWithMembersOnBothSidesIsGridlock()
    {
        var data = Deu3.Data;
        // Any unanimity issue whose reference point has members strictly on both sides cannot move.
        var issue = data.Scored.First(i => i.IsUnanimity && i.ReferencePoint is { } sq
            && i.Positions.Any(p => p.Actor.Length == 2 && p.Actor is not ("ep" or "com") && p.Position > sq)
            && i.Positions.Any(p => p.Actor.Length == 2 && p.Actor is not ("ep" or "com") && p.Position < sq));
        Assert.True(StatusQuoFeatures.Of(issue, data, issue.Outcome!.Value).InsideGridlock);
    }

    [Fact]
    public void EveryoneOnOneSideMovesTheStatusQuo()
    {
        var data = Deu3.Data;
        var issue = data.Scored.First(i => i.ReferencePoint is { } sq && i.Positions.All(p => p.Position > sq));
        Assert.False(StatusQuoFeatures.Of(issue, data, issue.Outcome!.Value).InsideGridlock);
    }
}
