using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

public sealed class KtabXmlReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "ktab", "inputs", name);

    private static ParseResult<Scenario> Read(string text) => ScenarioReader.Read(Encoding.UTF8.GetBytes(text), "case.xml");

    [Fact]
    public void ReadsParametersSeedAndAccommodation()
    {
        var result = ScenarioReader.ReadFile(Fixture("smpExample-fixed-det.xml"));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        var scenario = result.Value;
        var smp = scenario.ModelParameters.For("smp");
        Assert.Equal("MarkovIncentive", smp["PCEModel"]);
        Assert.Equal("PropCbc", smp["VotingRule"]);
        Assert.Equal("Deterministic", smp["StateTransitions"]);
        Assert.Equal("3507583219545544127", smp["seed"]);
        Assert.Equal(10, smp.Count);
        Assert.Equal(["FirstDim", "SecondDim", "YADN"], scenario.Dimensions.Select(d => d.Id));
        Assert.Equal("Alice", scenario.Actors[0].Id);
        Assert.Equal("Alice (One of the SMP actors)", scenario.Actors[0].Name);
        Assert.Equal(52.8, scenario.FindStance("Alice", "FirstDim")!.Position);
        Assert.Contains(new Accommodation("Bob", "Alice", 0.07), scenario.Accommodations);
        Assert.Contains(new Accommodation("Carol", "David", 0.13), scenario.Accommodations);
        Assert.Equal(6, scenario.Accommodations.Count);
    }

    [Fact]
    public void KtabFlaw3_AFileWithoutIdealAdjustmentIsRead()
    {
        // KTAB rejects its own dummyData_3Dim.xml ("Following Element is missing in the input xml: IdealAdjustment").
        var plain = ScenarioReader.ReadFile(Fixture("dummyData_3Dim.xml"));
        Assert.True(plain.Success, string.Join("\n", plain.Problems));
        Assert.Empty(plain.Value.Accommodations);
        var fixedCopy = ScenarioReader.ReadFile(Fixture("dummyData_3Dim-fixed.xml")).Value;
        Assert.Equal(fixedCopy.Stances, plain.Value.Stances);
        var csv = ScenarioReader.ReadFile(Fixture("dummyData_3Dim.csv")).Value;
        Assert.Equal(csv.Stances, plain.Value.Stances);
        Assert.Equal(csv.Actors.Select(a => a.Capability), plain.Value.Actors.Select(a => a.Capability));
    }

    [Fact]
    public void KtabFlaw3_AnEmptyCoordinateIsReportedAtItsLine()
    {
        // KTAB's own smpExample.xml has an empty first <dCoord> for Alice (its 2017 log shows 52.8).
        var result = ScenarioReader.ReadFile(Fixture("smpExample.xml"));
        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Rules.MissingField, problem.Rule);
        Assert.Equal(32, problem.Location!.Value.Line);
        Assert.Contains("empty <dCoord> (position 1 of actor 'Alice')", problem.Message);
    }

    [Theory]
    [InlineData("<VotingRule>Majority</VotingRule>", "<VotingRule> must be one of Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp, found 'Majority'")]
    [InlineData("<VotingRule>propcbc</VotingRule>", null)]
    [InlineData("", "<ModelParameters> lacks its <VotingRule> element")]
    [InlineData("<VotingRule>Prop</VotingRule><Colour>red</Colour>", "unknown model parameter <Colour>")]
    public void ModelParametersAreChecked(string votingRule, string? message)
    {
        string xml = Xml(parameters: $"<ModelParameters><VictoryProbModel>Linear</VictoryProbModel><PCEModel>Conditional</PCEModel><StateTransitions>Deterministic</StateTransitions>{votingRule}<BigRAdjust>OneThird</BigRAdjust><BigRRange>Mid</BigRRange><ThirdPartyCommit>SemiCommit</ThirdPartyCommit><InterVecBrgn>S2P2</InterVecBrgn><BargnModel>InitOnlyInterp</BargnModel></ModelParameters>");
        var result = Read(xml);
        if (message is null)
        {
            Assert.True(result.Success, string.Join("\n", result.Problems));
            Assert.Equal("PropCbc", result.Value.ModelParameters.For("smp")["VotingRule"]);
            return;
        }
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal) && p.Location is not null);
    }

    [Theory]
    [InlineData("<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>Zed</referencePos><adjust>0.5</adjust></iaPair>", "names actor 'Zed'")]
    [InlineData("<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos><adjust>0.5</adjust></iaPair>", "sum to 1.5")]
    [InlineData("<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>A</referencePos><adjust>1.5</adjust></iaPair>", "rate 1.5 must lie between 0 and 1")]
    [InlineData("<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>A</referencePos><adjust>0.5</adjust></iaPair><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos><adjust>0.5</adjust></iaPair>", null)]
    public void AccommodationIsChecked(string pairs, string? message)
    {
        var result = Read(Xml(adjustment: $"<IdealAdjustment>{pairs}</IdealAdjustment>"));
        if (message is null)
        {
            Assert.True(result.Success, string.Join("\n", result.Problems));
            Assert.Equal(2, result.Value.Accommodations.Count);
            return;
        }
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<Scenario><name>x</name>", "the XML does not parse", 1)]
    [InlineData("<Model/>", "the root element must be <Scenario>", 1)]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"e\">]><Scenario/>", "the XML does not parse", 1)]
    public void BrokenFilesAreProblemsNotExceptions(string xml, string message, int line)
    {
        var result = Read(xml);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message);
        Assert.Equal(line, problem.Location!.Value.Line);
    }

    [Fact]
    public void WrongNumberOfCoordinatesIsReported()
    {
        var result = Read(Xml().Replace("<dCoord>20</dCoord>", "", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("has 1 <dCoord> positions, but the scenario has 2 dimensions", StringComparison.Ordinal));
    }

    [Fact]
    public void DeepNestingIsRefusedAtOnce()
    {
        // 40,000 levels took 39 s before the depth check (issue 14); now the first level past the
        // limit ends the read.
        string deep = "<Scenario>" + string.Concat(Enumerable.Repeat("<a>", 40_000)) + string.Concat(Enumerable.Repeat("</a>", 40_000)) + "</Scenario>";
        var result = Read(deep);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Rules.TooDeep, problem.Rule);
        Assert.Contains($"deeper than {16} levels", problem.Message);
        Assert.Equal(1, problem.Location!.Value.Line);
    }

    [Theory]
    [InlineData("<name>Case</name>", "<name>Case</name><extra>1</extra>", "unknown element <extra> inside <Scenario>")]
    [InlineData("<capability>10</capability>", "<capabilty>10</capabilty>", "unknown element <capabilty> inside <Actor>")]
    [InlineData("<dSal>30</dSal>", "<dSal>30</dSal><dsal>1</dsal>", "unknown element <dsal> inside <Salience>")]
    public void UnknownElementsAreReportedWhereTheyStand(string original, string replacement, string message)
    {
        var result = Read(Xml().Replace(original, replacement, StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems, p => p.Rule == Rules.UnknownField);
        Assert.Contains(message, problem.Message);
        Assert.True(problem.Location!.Value.Line > 1);
    }

    private static string Xml(string parameters = "", string adjustment = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Scenario>
          <name>Case</name>
          <desc>A test</desc>
          <prngSeed>42</prngSeed>
          {parameters}
          <Dimensions><dName>One</dName><dName>Two</dName></Dimensions>
          <Actors>
            <Actor><name>A</name><description>First</description><capability>10</capability>
              <Position><dCoord>10</dCoord><dCoord>20</dCoord></Position><Salience><dSal>30</dSal><dSal>40</dSal></Salience></Actor>
            <Actor><name>B</name><description>Second</description><capability>20</capability>
              <Position><dCoord>70</dCoord><dCoord>80</dCoord></Position><Salience><dSal>50</dSal><dSal>20</dSal></Salience></Actor>
            <Actor><name>C</name><description>Third</description><capability>30</capability>
              <Position><dCoord>40</dCoord><dCoord>60</dCoord></Position><Salience><dSal>20</dSal><dSal>20</dSal></Salience></Actor>
          </Actors>
          {adjustment}
        </Scenario>
        """;
}
