using Parley.Core;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

/// <summary>
/// The KTAB problems listed in the specification (§6): what the <c>ktab</c> preset reproduces and
/// what the <c>parley</c> preset does instead (docs/models/spatial-model.md, "KTAB's flaws").
/// Reader flaws (§6.3) are tested in Parley.Core.Tests, command-line flaws (§6.9) in Parley.Cli.Tests.
/// </summary>
public sealed class KtabFlawTests
{
    [Theory]
    [InlineData("ktab")]
    [InlineData("parley")]
    public void Flaw1_StochasticRunsAreReproducibleUnderBothPresets(string preset)
    {
        // KTAB draws from N threads in arrival order (8 runs of this file: 7 to 30 states). Both presets
        // draw in actor order after all elections, so KTAB's scatter cannot be reproduced, by design.
        var first = KtabFixtures.Run("smpExample-fixed.xml", preset, threads: 2);
        var again = KtabFixtures.Run("smpExample-fixed.xml", preset, threads: 1);
        Assert.True(KtabFixtures.SameRun(first, again));
    }

    [Fact]
    public void Flaw2_AsymmetricVotingIsDeterministicAndMatchesKtabUntilItsThreadOrderMatters()
    {
        // KTAB: 1 of 6 identical runs ended elsewhere; its majority result parts from the queue order
        // "status quo, then by initiator" at turn 4. Parley: one answer for any thread count.
        const string input = "variants/d3-VotingRule-ASymProsp.xml";
        var one = KtabFixtures.Run(input, "ktab", threads: 1);
        var two = KtabFixtures.Run(input, "ktab", threads: 2);
        Assert.True(KtabFixtures.SameRun(one, two));
        Assert.True(KtabFixtures.SameRun(one, KtabFixtures.Run(input, "parley", threads: 2)));
        var expected = KtabFixtures.ReadPositions("variants/d3-VotingRule-ASymProsp.positions.csv", out _, out _);
        for (int t = 0; t <= 3; t++)
        {
            for (int v = 0; v < expected[t].Length; v++) Assert.Equal(expected[t][v], 100 * one.States[t].Positions[v], 1e-9);
        }
    }

    [Fact]
    public void Flaw4_FullRiskAdjustmentStopsKtabButRunsUnderParley()
    {
        const string input = "variants/d3-BigRAdjust-Full.xml";
        var failure = Assert.Throws<ModelFailedException>(() => KtabFixtures.Run(input, "ktab"));
        Assert.Contains("Estimate of change in utility by h out of valid range", failure.Message);
        var run = KtabFixtures.Run(input, "parley");
        Assert.Equal(SpatialStopReason.Converged, run.StopReason);
        Assert.True(run.States.Length > 2);
    }

    [Fact]
    public void Flaw5_NoCommitAndFullCommitAreIdenticalInKtabButDistinctUnderParley()
    {
        var ktabNo = KtabFixtures.Run("variants/d3-ThirdPartyCommit-NoCommit.xml", "ktab");
        var ktabFull = KtabFixtures.Run("variants/d3-ThirdPartyCommit-FullCommit.xml", "ktab");
        Assert.True(KtabFixtures.SameRun(ktabNo, ktabFull));
        KtabFixtures.Compare(ktabNo, "variants/d3-ThirdPartyCommit-NoCommit.positions.csv");

        var parleyNo = KtabFixtures.Run("variants/d3-ThirdPartyCommit-NoCommit.xml", "parley");
        var parleyFull = KtabFixtures.Run("variants/d3-ThirdPartyCommit-FullCommit.xml", "parley");
        Assert.False(KtabFixtures.SameRun(parleyNo, parleyFull));
        // In KTAB only the principals count under these two settings; under parley third parties move the odds.
        Assert.NotEqual(ktabNo.Rounds[0].Challenges.Select(c => c.WinProbability), parleyNo.Rounds[0].Challenges.Select(c => c.WinProbability));
    }

    [Fact]
    public void Flaw5_SemiCommitIsTheSameUnderBothPresets()
    {
        var ktab = KtabFixtures.Run("variants/d3-defaults.xml", "ktab");
        var parley = KtabFixtures.Run("variants/d3-defaults.xml", "parley");
        Assert.True(KtabFixtures.SameRun(ktab, parley));
    }

    [Theory]
    [InlineData("InitRcvrInterp")]
    [InlineData("PWCompInterp")]
    public void Flaw6_ReceiverBargainUsesTheGainInKtabAndTheProbabilityUnderParley(string bargaining)
    {
        string input = $"variants/d3-BargnModel-{bargaining}.xml";
        var ktabRun = KtabFixtures.Run(input, "ktab");
        KtabFixtures.Compare(ktabRun, $"variants/d3-BargnModel-{bargaining}.positions.csv");
        var parleyRun = KtabFixtures.Run(input, "parley");
        Assert.False(KtabFixtures.SameRun(ktabRun, parleyRun));

        var input0 = Input(input);
        var ktab = Engine(input0, SmpPreset.Ktab, bargaining);
        var parley = Engine(input0, SmpPreset.Parley, bargaining);
        int n = input0.ActorCount;
        var perceived = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j) continue;
                Assert.Equal(ktab.ProbEduChlg(j, i, i, j).Gain, ktab.ReceiverView(i, j, perceived));
                Assert.Equal(parley.ProbEduChlg(j, i, i, j).Win, parley.ReceiverView(i, j, perceived));
                Assert.InRange(parley.ReceiverView(i, j, perceived), 0, 1);
            }
        }
    }

    [Fact]
    public void Flaw6_CompromiseWeighsTheReceiverWithItsOwnCapabilityUnderParley()
    {
        // Two actors with different capabilities: KTAB weighs j's view with i's capability.
        var input = new SpatialInput(3, 1, [100, 10, 50], [0.1, 0.9, 0.5], [0.8, 0.8, 0.5]);
        var options = new SmpOptions { BargnModel = BargnModel.PWCompInterp };
        var ktab = new SpatialModel(options with { Preset = SmpPreset.Ktab }).Simulate(input, TestContext.Current.CancellationToken);
        var parley = new SpatialModel(options).Simulate(input, TestContext.Current.CancellationToken);
        Assert.NotEqual(ktab.Rounds[0].Bargains.Select(b => b.InitiatorPoint[0]), parley.Rounds[0].Bargains.Select(b => b.InitiatorPoint[0]));
    }

    [Fact]
    public void Flaw7_EuSmpRoundOneQuirkOnlyUnderKtab()
    {
        var generated = KtabRandomScenario.Generate(42);
        var ktab = new SpatialModel(generated.Options(new SmpOptions { Preset = SmpPreset.Ktab })).Simulate(generated.Input, TestContext.Current.CancellationToken);
        var parley = new SpatialModel(generated.Options(new SmpOptions())).Simulate(generated.Input, TestContext.Current.CancellationToken);
        KtabFixtures.Compare(ktab, "euSMP/euSMP_s42.positions.csv");
        // Without the quirk the generated numbers behave like the same numbers read from a file.
        KtabFixtures.Compare(parley, "euSMP/euSMP_s42.viaCSV.positions.csv");
    }

    [Fact]
    public void Flaw8_AllActorsOnOnePointStopKtabButConvergeUnderParley()
    {
        var input = new SpatialInput(4, 2, [10, 20, 30, 40], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [0.4, 0.2, 0.3, 0.3, 0.5, 0.1, 0.2, 0.6]);
        Assert.Throws<ModelFailedException>(() => new SpatialModel(new SmpOptions { Preset = SmpPreset.Ktab }).Simulate(input, TestContext.Current.CancellationToken));
        var run = new SpatialModel().Simulate(input, TestContext.Current.CancellationToken);
        Assert.Equal(SpatialStopReason.Converged, run.StopReason);
        Assert.Equal(3, run.States.Length);
        Assert.All(run.States, s => Assert.All(s.Positions, x => Assert.Equal(0.5, x)));
        Assert.All(run.Final.RiskAttitudes, r => Assert.Equal(0, r));
    }

    [Fact]
    public void KtabLimitsApplyOnlyUnderKtab()
    {
        // KTAB runs 3–250 actors, refuses a zero capability and an actor that cares about nothing.
        var two = new SpatialInput(2, 1, [10, 20], [0.2, 0.8], [0.5, 0.5]);
        Assert.Throws<ModelFailedException>(() => new SpatialModel(new SmpOptions { Preset = SmpPreset.Ktab }).Simulate(two, TestContext.Current.CancellationToken));
        Assert.Equal(SpatialStopReason.Converged, new SpatialModel().Simulate(two, TestContext.Current.CancellationToken).StopReason);

        var idle = new SpatialInput(3, 1, [10, 0, 20], [0.2, 0.5, 0.8], [0.5, 0, 0.5]);
        Assert.Throws<ModelFailedException>(() => new SpatialModel(new SmpOptions { Preset = SmpPreset.Ktab }).Simulate(idle, TestContext.Current.CancellationToken));
        var run = new SpatialModel().Simulate(idle, TestContext.Current.CancellationToken);
        Assert.All(run.States.SelectMany(s => s.Positions), x => Assert.True(double.IsFinite(x)));
    }

    private static SpatialInput Input(string relative)
    {
        var compiled = CompiledScenario.Compile(KtabFixtures.ReadScenario(relative));
        int n = compiled.ActorCount, m = compiled.DimensionCount;
        var position = new double[n * m];
        var salience = new double[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < m; k++)
            {
                position[i * m + k] = compiled.Positions(k)[i] / 100;
                salience[i * m + k] = compiled.Saliences(k)[i];
            }
        }
        return new SpatialInput(n, m, compiled.Capability.ToArray(), position, salience);
    }

    private static SpatialEngine Engine(SpatialInput input, SmpPreset preset, string bargaining)
    {
        var engine = new SpatialEngine(input.ActorCount, input.DimensionCount, new SmpOptions { Preset = preset, BargnModel = Enum.Parse<BargnModel>(bargaining), MaxThreads = 1 });
        engine.Load(input);
        engine.Run(record: false);
        return engine;
    }
}
