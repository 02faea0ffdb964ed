using Parley.Analysis.Backtest;
using Parley.Analysis.Backtest.Deu;
using Parley.Core;
using Parley.Core.Validation;

namespace Parley.Analysis.Tests.Backtest;

public sealed class DeuReaderTests
{
    [Fact]
    public void ReadsAll364IssuesOf141Proposals()
    {
        var data = Deu3.Data;
        Assert.Equal(364, data.Issues.Length);
        Assert.Equal(353, data.Scored.Length);
        Assert.Equal(141, data.Issues.Select(i => i.ProposalId).Distinct().Count());
        Assert.Equal(7209, data.Issues.Sum(i => i.Positions.Length));
        Assert.Equal(54, data.Issues.Sum(i => i.Positions.Count(p => p.Salience is null)));
        Assert.Equal(261, data.Issues.Count(i => i.ReferencePoint is not null));
    }

    [Theory]
    [InlineData("26-01-00", 2000, 1, 26)]
    [InlineData("14-12-1999", 1999, 12, 14)]
    [InlineData("2014-07-04", 2004, 7, 14)]
    [InlineData("1930-05-05", 2005, 5, 30)]
    [InlineData("17-04-96", 1996, 4, 17)]
    public void DecodesTheThreeDateSpellings(string text, int year, int month, int day)
    {
        Assert.True(DeuDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31-02-05")]
    [InlineData("yesterday")]
    [InlineData("12-13-2001")]
    public void RejectsDatesThatAreNot(string text) => Assert.False(DeuDate.TryParse(text, out _));

    [Fact]
    public void DecodedYearsAgreeWithTheYearInTheProposalId()
    {
        // Proposal ids embed the year (d04167 = 2004); the only ones off are introduced early the next year.
        var mismatches = Deu3.Data.Issues.Where(i =>
        {
            int idYear = int.Parse(i.ProposalId.AsSpan(1, 2));
            idYear += idYear > 50 ? 1900 : 2000;
            return i.Introduced.Year != idYear && i.Introduced.Year != idYear + 1;
        }).ToList();
        Assert.Empty(mismatches);
    }

    [Fact]
    public void BuildsOneDimensionScenariosWithStatusQuoAndDefaultSalience()
    {
        var data = Deu3.Data;
        var issue = data.Issues.First(i => i.IssueId == "d00032i1");
        var scenario = DeuScenarioBuilder.Build(issue, CapabilityScheme.Gdp.For(issue, data)).Value;
        Assert.Single(scenario.Dimensions);
        Assert.Equal(0, scenario.Dimensions[0].StatusQuo);
        Assert.Equal(issue.Positions.Length, scenario.Actors.Count);
        Assert.Equal(4.1, scenario.Actors[scenario.ActorIndex("com")].Capability);
        var missing = data.Issues.First(i => i.Positions.Any(p => p.Salience is null));
        var built = DeuScenarioBuilder.Build(missing, CapabilityScheme.Equal.For(missing, data)).Value;
        var actor = missing.Positions.First(p => p.Salience is null).Actor;
        Assert.Equal(DeuScenarioBuilder.DefaultSalience, built.FindStance(actor, missing.IssueId)!.Salience);
    }

    [Fact]
    public void ReportsBrokenFilesWithFileLineAndColumn()
    {
        string dir = Directory.CreateTempSubdirectory("deu-bad").FullName;
        try
        {
            File.Copy(Path.Combine(Deu3.Directory, DeuReader.GdpFile), Path.Combine(dir, DeuReader.GdpFile));
            File.WriteAllText(Path.Combine(dir, DeuReader.IssuesFile),
                "issue_id,proposal_id,proposal_name,issue_seq,type,council,procedure,voting_rule,intro_date,reference_point,outcome\n" +
                "x1,p1,test,1,Reg,General,COD,QMV,31-02-05,,50\n" +
                "x2,p1,test,2,Reg,General,XXX,QMV,01-02-05,,150\n");
            File.WriteAllText(Path.Combine(dir, DeuReader.PositionsFile), "issue_id,actor,position,salience\nx2,zz,abc,50\nx9,de,10,\n");
            var result = DeuReader.Read(dir);
            Assert.False(result.Success);
            var rules = result.Problems.Select(p => p.Rule).ToList();
            Assert.Contains(Rules.InvalidDate, rules);
            Assert.Contains(Rules.UnknownActor, rules);
            Assert.Contains(Rules.WrongType, rules);
            Assert.Contains(Rules.UnknownDimension, rules);
            var date = result.Problems.First(p => p.Rule == Rules.InvalidDate);
            Assert.Equal(new SourceLocation(2, 9), date.Location);
            Assert.EndsWith(DeuReader.IssuesFile, date.File);
            Assert.Contains(result.Problems, p => p.Field == "outcome" && p.Location!.Value.Line == 3);
            Assert.Contains(result.Problems, p => p.Field == "procedure");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
        Assert.False(DeuReader.Read(Path.Combine(dir, "nowhere")).Success);
    }
}
