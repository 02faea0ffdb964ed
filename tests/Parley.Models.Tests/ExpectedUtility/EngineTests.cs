using Parley.Core;
using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

public class EngineTests
{
    private static readonly ExpectedUtilityOptions Parley = ExpectedUtilityPresets.Parley;

    public static TheoryData<string> SweepVariants => new(
        "default", "q0.5", "closer-to-median", "scholz-priority", "priority-least-move", "eu-weighted", "no-capitulation", "current-spread", "mean-median", "zero-exponent");

    private static ExpectedUtilityOptions Variant(string name) => name switch
    {
        "q0.5" => Parley with { Q = 0.5, T = 0.3 },
        "closer-to-median" => Parley with { Q = 0.6, Improvement = ImprovementRule.CloserToMedian },
        "scholz-priority" => Parley with { OfferChoice = OfferChoice.ScholzPriority },
        "priority-least-move" => Parley with { OfferChoice = OfferChoice.PriorityLeastMove },
        "eu-weighted" => Parley with { CompromisePoint = CompromisePoint.EuWeighted, NearZero = 1e-4 },
        "no-capitulation" => Parley with { CapitulationFires = false },
        "current-spread" => Parley with { Range = RangeRule.CurrentSpread },
        "mean-median" => Parley with { Median = MedianRule.WeightedMean, StatusQuoTerm = StatusQuoTerm.SignFlipped, Q = 0.7 },
        "zero-exponent" => Parley with { DegenerateRisk = DegenerateRisk.ZeroExponent },
        _ => Parley,
    };

    [Theory]
    [MemberData(nameof(SweepVariants))]
    public void Sweep_path_agrees_with_the_direct_path(string variant)
    {
        var options = Variant(variant) with { StopWhenStable = false };
        Assert.True(options.SweepApplies);
        for (int seed = 1; seed <= 20; seed++)
        {
            var c = RandomCase.Create(seed, 2, 30);
            var sweep = new ExpectedUtilityEngine(options).RunCase(c.X, c.C, c.S);
            var direct = new ExpectedUtilityEngine(options, ComputationPath.Direct).RunCase(c.X, c.C, c.S);
            Assert.Equal(direct.Rounds.Length, sweep.Rounds.Length);
            for (int r = 0; r < sweep.Rounds.Length; r++)
            {
                // The two paths round differently (prefix sums, vectorised powers); compromises carry
                // such differences on and some dynamics amplify them round by round, so later rounds
                // get a looser bound. Every round must take the same decisions.
                double tolerance = (r <= 1 ? 1e-11 : 1e-6) * direct.Range;
                for (int i = 0; i < c.Count; i++)
                {
                    Assert.True(Math.Abs(direct.Rounds[r].Positions[i] - sweep.Rounds[r].Positions[i]) <= tolerance,
                        $"seed {seed}, round {r}, actor {i}: direct {direct.Rounds[r].Positions[i]}, sweep {sweep.Rounds[r].Positions[i]}");
                    if (r == 0) continue;
                    Assert.Equal(direct.Rounds[r].Offers[i]?.Kind, sweep.Rounds[r].Offers[i]?.Kind);
                    Assert.Equal(direct.Rounds[r].Offers[i]?.Proposer, sweep.Rounds[r].Offers[i]?.Proposer);
                }
            }
        }
    }

    [Fact]
    public void Sweep_path_on_the_real_cases_agrees_with_the_direct_path()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BdmFixtures.Root, "inputs"), "*.csv"))
        {
            var scenario = BdmFixtures.Load(Path.GetFileNameWithoutExtension(file));
            var sweep = new ExpectedUtilityModel(Parley).Trajectory(scenario, 0, TestContext.Current.CancellationToken);
            var direct = new ExpectedUtilityModel(Parley, ComputationPath.Direct).Trajectory(scenario, 0, TestContext.Current.CancellationToken);
            Assert.Equal(direct.Rounds.Length, sweep.Rounds.Length);
            Assert.True(Math.Abs(direct.Outcome - sweep.Outcome) <= 1e-9 * direct.Range, file);
            Assert.True(Math.Abs(direct.Final.Mean - sweep.Final.Mean) <= 1e-9 * direct.Range, file);
        }
    }

    [Fact]
    public void Two_equal_actors_stand_their_ground()
    {
        // Δ = 1, P = ½ both ways, d = 1: U_s = 2, U_f = −2, so E = ½·2 + ½·(−2) = 0 on both sides.
        // Equal exposures (degenerate: r = 1), no gain from challenging, nobody moves: stable.
        var run = new ExpectedUtilityEngine(Parley).RunCase([0, 1], [1, 1], [1, 1]);
        Assert.Single(run.Rounds);
        Assert.Equal(StopKind.Stable, run.Stop.Kind);
        Assert.Equal(0.5, run.Outcome);
    }

    [Fact]
    public void A_strong_actor_draws_a_weak_one()
    {
        // The strong actor at 0 (c 10) against a weak one at 1 (c 1): P_01 = 10/11.
        var run = new ExpectedUtilityEngine(Parley).RunCase([0, 1], [10, 1], [1, 1]);
        var first = run.Rounds[1];
        Assert.NotNull(first.Offers[1]);
        Assert.Equal(0, first.Offers[1]!.Value.Proposer);
        Assert.True(first.Positions[1] < 1);
        Assert.Equal(0.0, first.Positions[0]);
    }

    [Fact]
    public void Positions_without_spread_stop_before_round_one()
    {
        var run = new ExpectedUtilityEngine(Parley).RunCase([3, 3, 3], [1, 2, 3], [1, 1, 1]);
        Assert.Single(run.Rounds);
        Assert.Equal(StopKind.NoSpread, run.Stop.Kind);
        Assert.Equal(3.0, run.Outcome);
    }

    [Fact]
    public void The_round_cap_holds()
    {
        var c = RandomCase.Create(5, 20, 20);
        var run = new ExpectedUtilityEngine(Parley with { Rounds = 3, StopWhenStable = false }).RunCase(c.X, c.C, c.S);
        Assert.Equal(4, run.Rounds.Length);
        Assert.Equal(StopKind.RoundCap, run.Stop.Kind);
    }

    [Fact]
    public void A_replication_crash_is_a_reported_stop()
    {
        // dmasad divides by max − min of the exposures; at full convergence that is 0.
        var run = new ExpectedUtilityModel(ExpectedUtilityPresets.Dmasad).Trajectory(BdmFixtures.Load("uk_emu_labour"), 0, TestContext.Current.CancellationToken);
        Assert.Equal(StopKind.DegenerateRisk, run.Stop.Kind);
        Assert.Equal(3, run.Stop.Round);
        Assert.Contains("ZeroDivisionError", run.Stop.Message);
        Assert.Equal(4, run.Rounds.Length);
    }

    [Fact]
    public void Predict_equals_the_run_and_is_safe_across_threads()
    {
        var cases = Enumerable.Range(1, 48).Select(seed => RandomCase.Create(seed, 2, 16)).ToArray();
        foreach (var options in new[] { Parley, ExpectedUtilityPresets.Jmckib, ExpectedUtilityPresets.Eum })
        {
            var engine = new ExpectedUtilityEngine(options);
            var serial = cases.Select(c => engine.RunCase(c.X, c.C, c.S).Outcome).ToArray();
            var parallel = new double[cases.Length];
            Parallel.For(0, cases.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
            {
                var c = cases[k % cases.Length];
                parallel[k % cases.Length] = engine.Predict(c.X, c.C, c.S);
            });
            Assert.Equal(serial, parallel);
        }
    }

    [Fact]
    public void Predict_does_not_allocate_once_warm()
    {
        foreach (int n in new[] { 8, 60, 300 })
        {
            var c = RandomCase.Create(11, n, n);
            var engine = new ExpectedUtilityEngine(Parley with { StopWhenStable = false });
            engine.Predict(c.X, c.C, c.S);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 0; k < 5; k++) engine.Predict(c.X, c.C, c.S);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    [Fact]
    public void Multi_dimension_scenarios_run_each_dimension_on_its_own()
    {
        var scenario = CompiledScenario.Compile(TwoIssueScenario());
        var model = new ExpectedUtilityModel();
        var both = model.Run(scenario, TestContext.Current.CancellationToken);
        Assert.Equal(2, both.Dimensions.Length);
        for (int k = 0; k < 2; k++)
        {
            var alone = new ExpectedUtilityEngine(model.Options).RunCase(scenario.Positions(k).ToArray(), scenario.Capability, scenario.Saliences(k).ToArray());
            Assert.Equal(alone.Outcome, both.Dimensions[k].Outcome);
            Assert.Equal(alone.Rounds.Length, both.Dimensions[k].Rounds.Length);
        }
        var outcomes = new double[2];
        model.Predict(scenario, outcomes);
        Assert.Equal(both.Dimensions.Select(d => d.Outcome), outcomes);
    }

    [Fact]
    public void Perception_matrix_reads_both_sides()
    {
        var scenario = BdmFixtures.Load("ec_emissions");
        var matrix = new ExpectedUtilityModel(Parley).Perceive(scenario, 0);
        Assert.Equal(1, matrix.Round);
        for (int i = 0; i < matrix.Count; i++)
        {
            Assert.Equal(Relationship.StatusQuo, matrix[i, i].Relationship);
            for (int j = 0; j < matrix.Count; j++)
            {
                if (i == j) continue;
                var view = matrix[i, j];
                // The cell is the octant of (own gain, other's gain) as i perceives them.
                Assert.Equal(DyadPerception.Classify(view.OwnGain, view.OtherGain, 0), view);
                Assert.Equal(matrix.Agree(i, j), matrix.Agree(j, i));
            }
        }
        // Under dmasad's rule each side uses its own risk exponent, so the two views mirror each other.
        var own = new ExpectedUtilityModel(ExpectedUtilityPresets.Dmasad).Perceive(scenario, 0);
        for (int i = 0; i < own.Count; i++)
        {
            for (int j = 0; j < own.Count; j++)
            {
                if (i != j) Assert.Equal(own[i, j].OwnGain, own[j, i].OtherGain);
            }
        }
    }

    [Fact]
    public void Perception_classes_by_hand()
    {
        Assert.Equal(new DyadPerception(Relationship.Confrontation, Prevails.Self, 0.5, 0.2), DyadPerception.Classify(0.5, 0.2, 0));
        Assert.Equal(Prevails.Other, DyadPerception.Classify(0.2, 0.5, 0).Prevails);
        Assert.Equal((Relationship.Compromise, Prevails.Self), Pair(DyadPerception.Classify(0.5, -0.2, 0)));
        Assert.Equal((Relationship.Capitulation, Prevails.Self), Pair(DyadPerception.Classify(0.5, -0.7, 0)));
        Assert.Equal((Relationship.Compromise, Prevails.Other), Pair(DyadPerception.Classify(-0.2, 0.5, 0)));
        Assert.Equal((Relationship.Capitulation, Prevails.Other), Pair(DyadPerception.Classify(-0.7, 0.5, 0)));
        Assert.Equal((Relationship.StatusQuo, Prevails.Neither), Pair(DyadPerception.Classify(-0.1, -0.5, 0)));
        Assert.Equal("capitulates", DyadPerception.Classify(-0.7, 0.5, 0).Describe());
        Assert.True(DyadPerception.Classify(0.5, -0.2, 0).Matches(DyadPerception.Classify(-0.2, 0.5, 0)));
        Assert.False(DyadPerception.Classify(0.5, -0.2, 0).Matches(DyadPerception.Classify(0.1, 0.5, 0)));
    }

    private static (Relationship, Prevails) Pair(DyadPerception p) => (p.Relationship, p.Prevails);

    private static Scenario TwoIssueScenario()
    {
        var c = RandomCase.Create(3, 9, 9);
        var actors = Enumerable.Range(0, c.Count).Select(i => new Actor("A" + i, "Actor " + i, c.C[i])).ToValueList();
        var dimensions = ValueList.Of(new Dimension("one", "One", new Scale(0, 100)), new Dimension("two", "Two", new Scale(0, 100)));
        var stances = new List<Stance>();
        for (int i = 0; i < c.Count; i++)
        {
            stances.Add(new Stance("A" + i, "one", c.X[i], 100 * c.S[i]));
            stances.Add(new Stance("A" + i, "two", 100 - c.X[(i + 4) % c.Count], 100 * c.S[(i + 2) % c.Count]));
        }
        return new Scenario("Two issues", actors, dimensions, stances.ToValueList());
    }
}
