using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

public sealed class KtabCsvReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab", "inputs", name);

    private static ParseResult<Scenario> Read(string text, string name = "case.csv", ScenarioFormat? format = null) => ScenarioReader.Read(Encoding.UTF8.GetBytes(text), name, format);

    [Fact]
    public void ReadsKtabsThreeDimensionExample()
    {
        var result = ScenarioReader.ReadFile(Fixture("dummyData_3Dim.csv"));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var scenario = result.Value;
        Assert.Equal("DummyData_3Dim", scenario.Title);
        Assert.Equal("Dummy scenario to test reading format", scenario.Description);
        Assert.Equal(["Pstn1", "Pstn2", "Pstn3"], scenario.Dimensions.Select(d => d.Id));
        Assert.Equal(7, scenario.Actors.Count);
        Assert.Equal("SActor-00", scenario.Actors[0].Id);
        Assert.Equal("SActor-00 (Random Spatial Actor)", scenario.Actors[0].Name);
        Assert.Equal(102.543, scenario.Actors[0].Capability);
        var stance = scenario.FindStance("SActor-00", "Pstn2")!;
        Assert.Equal(6.37, stance.Position);
        Assert.Equal(5.91, stance.Salience);
        Assert.Equal(SalienceScale.Percent, scenario.SalienceScale);
        Assert.True(scenario.ModelParameters.IsEmpty);
    }

    [Fact]
    public void TrailingCommasDoNotMatter()
    {
        var with = ScenarioReader.ReadFile(Fixture("dummyData_3Dim.csv")).Value;
        var without = ScenarioReader.ReadFile(Fixture("dummyData_3Dim-no-final-comma.csv")).Value;
        Assert.Equal(with.Stances, without.Stances);
        Assert.Equal(with.Actors, without.Actors);
    }

    [Theory]
    [InlineData("dummyData_6Dim.csv", 27, 6)]
    [InlineData("SOE-Competitive.csv", 34, 1)]
    [InlineData("SOE-Policy.csv", 26, 1)]
    [InlineData("SOE-Pol-Comp.csv", 13, 2)]
    [InlineData("dummyData-a160.csv", 160, 1)]
    [InlineData("generated/gen_a10_d5.csv", 10, 5)]
    public void ReadsEveryBundledTable(string file, int actors, int dimensions)
    {
        var result = ScenarioReader.ReadFile(Fixture(file));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(actors, result.Value.Actors.Count);
        Assert.Equal(dimensions, result.Value.Dimensions.Count);
    }

    [Fact]
    public void DetectsTheFormatEvenWhenTheDescriptionHoldsACommaInQuotes()
    {
        string text = "gen,\"Random, with a comma\",3,1,\nActor,Description,Power,Pos,Sal,\nA,a,1,10,50,\nB,b,2,20,50,\nC,c,3,30,50,\n";
        Assert.Equal(ScenarioFormat.KtabCsv, ScenarioReader.Detect("gen.csv", text));
        var result = Read(text);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal("Random, with a comma", result.Value.Description);
    }

    [Fact]
    public void NamesBecomeSafeUniqueIdsAndTextKeepsItsSpaces()
    {
        string text = "T,d,3,1\nActor,Description,Power,Policy Position,Policy Salience\nXi J.,  Xi Jinping ,10,30,40\nXi J.,Second,5, 45 , 50 \nL K,,5,50,50\n";
        var scenario = Read(text).Value;
        Assert.Equal(["Xi_J", "Xi_J-2", "L_K"], scenario.Actors.Select(a => a.Id));
        Assert.Equal("Xi J. (Xi Jinping)", scenario.Actors[0].Name);
        Assert.Equal("L K", scenario.Actors[2].Name);
        Assert.Equal("Policy_Position", scenario.Dimensions[0].Id);
        Assert.Equal("Policy Position", scenario.Dimensions[0].Label);
        Assert.Equal(45, scenario.Stances[1].Position);
    }

    [Theory]
    [InlineData("T,d,3,1\nActor,Description,Power,P,S\nA,a,1,10,50\nB,b,1,20,50\n", 4, "announces 3 actors, but only 2 data lines")]
    [InlineData("T,d,2,1\nActor,Description,Power,P,S\nA,a,1,10,50\nB,b,1,20,50\nC,c,1,30,50\n", 5, "KTAB would silently ignore the last 1")]
    [InlineData("T,d,2,1\nActor,Description,Power,P,S\nA,a,1,ten,50\nB,b,1,20,50\n", 3, "column 4 (position on P) must hold a number, found 'ten'")]
    [InlineData("T,d,2,2\nActor,Description,Power,P,S,Q,S\nA,a,1,10,60,10,50\nB,b,1,20,50,20,10\n", 3, "sum to 110")]
    [InlineData("T,d,2,2\nActor,Description,Power,P,S\nA,a,1,10,40,10,40\nB,b,1,20,40,20,10\n", 2, "header column 6 should name dimension 2")]
    [InlineData("T,d,x,1\nActor,Description,Power,P,S\n", 1, "number of actors")]
    [InlineData("T,d,2,999999999\nActor,Description,Power,P,S\nA,a,1,10,40\nB,b,1,20,10\n", 1, "announces 999999999 dimensions, but the header names at most 1")]
    [InlineData("T,d,2000000000,1\nActor,Description,Power,P,S\nA,a,1,10,40\n", 3, "announces 2000000000 actors, but only 1 data line")]
    [InlineData("T,d,2,1\nActor,Description,Power,P,S\nA,a,-1,10,40\nB,b,1,120,10\n", 3, "capability of 'A' is -1")]
    public void ProblemsNameTheLine(string text, int line, string message)
    {
        // Told the format (as --input-format ktab-csv does): "x" is not a count, so detection alone would not know.
        var result = Read(text, format: ScenarioFormat.KtabCsv);
        Assert.False(result.Success);
        var problem = result.Problems.FirstOrDefault(p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(problem is not null, "got: " + string.Join(" | ", result.Problems));
        Assert.Equal(line, problem.Location!.Value.Line);
        Assert.Equal("case.csv", problem.File);
    }

    [Fact]
    public void PositionsOffTheScaleAreReportedWithTheirCell()
    {
        var result = Read("T,d,2,1\nActor,Description,Power,P,S\nA,a,1,10,40\nB,b,1,120,10\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Rules.PositionOutOfScale, problem.Rule);
        Assert.Equal(new SourceLocation(4, 4), problem.Location);
    }
}
