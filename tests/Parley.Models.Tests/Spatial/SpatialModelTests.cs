using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Models.Baseline;
using Parley.Models.Output;
using Parley.Models.Spatial;

namespace Parley.Models.Tests.Spatial;

public sealed class SpatialModelTests
{
    [Theory]
    [InlineData("dummyData_3Dim")]
    [InlineData("SOE-Pol-Comp")]
    public void WinningProbabilitiesAndStopRatiosMatchKtabsReferenceLog(string name)
    {
        // KTAB's 2017 log prints, per state, the probability of the position each actor holds, and per
        // round the movement relative to the first round, both to four decimals.
        var run = KtabFixtures.Run(name + ".csv", "ktab");
        var lines = File.ReadAllLines(KtabFixtures.Expected($"ref2017/{name}.ref2017.txt"));
        var ratios = lines.Where(l => l.StartsWith("Fractional change", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(run.Rounds.Length, ratios.Count);
        double first = run.Rounds[0].Movement + 1e-4;
        for (int r = 0; r < ratios.Count; r++) Assert.Equal(ratios[r], Math.Round(run.Rounds[r].Movement / first, 4), 1e-12);

        var probabilities = lines.Where(l => l.Contains(", prob :", StringComparison.Ordinal)).ToList();
        Assert.Equal(run.ActorCount, probabilities.Count);
        for (int i = 0; i < run.ActorCount; i++)
        {
            var values = probabilities[i].Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(run.States.Length, values.Count);
            for (int t = 0; t < values.Count; t++) Assert.Equal(values[t], Math.Round(run.States[t].WinProbabilities[i], 4), 1e-12);
        }
    }

    [Fact]
    public void ForecastCarriesEveryRoundWithWeightedMedianAndMeanAndAnExpectedOutcome()
    {
        var scenario = KtabFixtures.ReadScenario("SOE-Pol-Comp.csv");
        var compiled = CompiledScenario.Compile(scenario);
        var model = new SpatialModel();
        var forecast = model.Run(compiled, TestContext.Current.CancellationToken);
        var run = model.Simulate(compiled, TestContext.Current.CancellationToken);
        Assert.Equal("smp", forecast.ModelId);
        Assert.Equal(scenario.Dimensions.Count, forecast.Dimensions.Length);
        for (int k = 0; k < forecast.Dimensions.Length; k++)
        {
            var d = forecast.Dimensions[k];
            Assert.Equal("converged", d.StopReason);
            Assert.Equal(run.States.Length, d.Rounds.Length);
            var saliences = compiled.Saliences(k).ToArray();
            foreach (var round in d.Rounds)
            {
                for (int i = 0; i < scenario.Actors.Count; i++) Assert.Equal(100 * run.Position(round.Number, i, k), round.Positions[i], 1e-12);
                Assert.Equal(WeightedStatistics.Median(round.Positions.AsSpan(), saliences, compiled.Capability), round.Median);
                Assert.Equal(WeightedStatistics.Mean(round.Positions.AsSpan(), saliences, compiled.Capability), round.Mean);
            }
            // Outcome: distinct final positions weighted by their probability of winning the final election.
            double expected = 0;
            var seen = new List<int>();
            for (int i = 0; i < run.ActorCount; i++)
            {
                if (seen.Any(h => Distance(run, h, i) < 1e-3)) continue;
                seen.Add(i);
                expected += run.Final.WinProbabilities[i] * 100 * run.Position(run.States.Length - 1, i, k);
            }
            Assert.Equal(expected, d.Outcome, 1e-9);
            Assert.Contains(d.NoteList, n => n.StartsWith("Converged after", StringComparison.Ordinal));
        }
        var predicted = new double[compiled.DimensionCount];
        model.Predict(compiled, predicted);
        Assert.Equal(forecast.Dimensions.Select(d => d.Outcome), predicted);
    }

    [Fact]
    public void RoundCapIsReportedAsCycling()
    {
        var scenario = KtabFixtures.ReadScenario("euSMP/euSMP_s1.csv");
        var forecast = KtabFixtures.Model(scenario, "ktab", ("rounds", "5")).Run(CompiledScenario.Compile(scenario), TestContext.Current.CancellationToken);
        Assert.All(forecast.Dimensions, d => Assert.Equal("round-cap", d.StopReason));
        Assert.All(forecast.Dimensions, d => Assert.Equal(6, d.Rounds.Length));
        Assert.Contains(forecast.Dimensions[0].NoteList, n => n.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void PerDimensionSaliencesAreDividedByTheNumberOfDimensions()
    {
        // Saliences that sum above 100 % (Parley's per-dimension convention) become shares by the mean.
        var scenario = Scenario2D(salienceA: 90, salienceB: 80);
        var compiled = CompiledScenario.Compile(scenario);
        var auto = new SpatialModel().Simulate(compiled, TestContext.Current.CancellationToken);
        var mean = new SpatialModel(new SmpOptions { Saliences = SalienceConvention.Mean }).Simulate(compiled, TestContext.Current.CancellationToken);
        Assert.Equal(SalienceConvention.Mean, auto.SalienceConvention);
        Assert.True(KtabFixtures.SameRun(auto, mean));
        var failure = Assert.Throws<ModelFailedException>(() => new SpatialModel(new SmpOptions { Saliences = SalienceConvention.Shares }).Simulate(compiled, TestContext.Current.CancellationToken));
        Assert.Contains("salience=mean", failure.Message);

        // Saliences within 100 % are KTAB's shares and stay as they are.
        var shares = new SpatialModel().Simulate(CompiledScenario.Compile(Scenario2D(salienceA: 40, salienceB: 30)), TestContext.Current.CancellationToken);
        Assert.Equal(SalienceConvention.Shares, shares.SalienceConvention);
    }

    [Fact]
    public void ScenarioScalesAreMappedToTheModelsZeroToOneScale()
    {
        // The same scenario on a −10…10 scale gives the same run, mapped linearly.
        var scenario = KtabFixtures.ReadScenario("dummyData_3Dim.csv");
        var rescaled = scenario with
        {
            Dimensions = scenario.Dimensions.Select(d => d with { Scale = new Scale(-10, 10) }).ToValueList(),
            Stances = scenario.Stances.Select(s => s with { Position = -10 + s.Position / 5 }).ToValueList(),
        };
        var a = new SpatialModel().Run(CompiledScenario.Compile(scenario), TestContext.Current.CancellationToken);
        var b = new SpatialModel().Run(CompiledScenario.Compile(rescaled), TestContext.Current.CancellationToken);
        for (int k = 0; k < a.Dimensions.Length; k++) Assert.Equal(-10 + a.Dimensions[k].Outcome / 5, b.Dimensions[k].Outcome, 1e-9);
    }

    [Fact]
    public void YamlHoldsTheParametersAndTheAccommodationMatrixOfKtabsXml()
    {
        // KTAB's XML → Parley YAML → back: the same run, bit for bit.
        var scenario = KtabFixtures.ReadScenario("smpExample-fixed-det.xml");
        Assert.Equal("PropCbc", scenario.ModelParameters.For("smp")["VotingRule"]);
        Assert.Equal(6, scenario.Accommodations.Count);
        string yaml = ScenarioYamlWriter.Write(scenario);
        Assert.Contains("accommodation:", yaml);
        var fromYaml = ScenarioReader.Read(Encoding.UTF8.GetBytes(yaml), "smpExample.yaml");
        Assert.True(fromYaml.Success, string.Join("\n", fromYaml.Problems));
        Assert.Equal(scenario, fromYaml.Value);
        var run = KtabFixtures.Model(fromYaml.Value, "ktab").Simulate(CompiledScenario.Compile(fromYaml.Value), TestContext.Current.CancellationToken);
        KtabFixtures.Compare(run, "smpExample-fixed-det.positions.csv");
    }

    [Fact]
    public void TraceJsonTellsWhyAnActorMoved()
    {
        var scenario = KtabFixtures.ReadScenario("SOE-Pol-Comp.csv");
        var compiled = CompiledScenario.Compile(scenario);
        var run = new SpatialModel().Simulate(compiled, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(SpatialTraceJsonWriter.Write(compiled, run));
        var root = json.RootElement;
        Assert.Equal("smp", root.GetProperty("model").GetString());
        Assert.Equal("converged", root.GetProperty("stop_reason").GetString());
        var turns = root.GetProperty("turns");
        Assert.Equal(run.States.Length, turns.GetArrayLength());
        var turn1 = turns[1];
        var adopted = turn1.GetProperty("adopted").EnumerateArray().ToList();
        Assert.Equal(scenario.Actors.Count, adopted.Count);
        var mover = adopted.First(a => a.GetProperty("bargain").ValueKind == JsonValueKind.Number);
        string actor = mover.GetProperty("actor").GetString()!;
        int bargain = mover.GetProperty("bargain").GetInt32();
        var offered = turn1.GetProperty("bargains")[bargain];
        string side = offered.GetProperty("initiator").GetString() == actor ? "initiator_position" : "receiver_position";
        // The actor's new position is its point in the bargain it adopted.
        foreach (var dimension in scenario.Dimensions)
        {
            Assert.Equal(offered.GetProperty(side).GetProperty(dimension.Id).GetDouble(),
                turn1.GetProperty("positions").GetProperty(actor).GetProperty(dimension.Id).GetDouble(), 1e-12);
        }
        Assert.Equal(JsonValueKind.Object, turns[0].GetProperty("win_probability").ValueKind);
    }

    [Fact]
    public void CatalogOffersTheModelWithItsSettings()
    {
        var entry = ModelCatalog.Find("smp");
        Assert.NotNull(entry);
        foreach (var name in new[] { "preset", "seed", "VictoryProbModel", "PCEModel", "StateTransitions", "VotingRule", "BigRAdjust", "BigRRange", "ThirdPartyCommit", "InterVecBrgn", "BargnModel" })
        {
            Assert.Contains(name, entry.Parameters);
        }
        var model = entry.Create(new Dictionary<string, string> { ["votingrule"] = "propcbc", ["preset"] = "KTAB", ["seed"] = "0x10" });
        Assert.True(model.Success);
        var options = ((SpatialModel)model.Value).Options;
        Assert.Equal(VotingRule.PropCbc, options.VotingRule);
        Assert.Equal(SmpPreset.Ktab, options.Preset);
        Assert.Equal(16UL, options.Seed);
    }

    [Theory]
    [InlineData("VotingRule", "Majority", "VotingRule must be one of Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp")]
    [InlineData("preset", "bdm", "preset must be parley")]
    [InlineData("seed", "-1", "seed must be a whole number")]
    [InlineData("rounds", "0", "rounds must be a whole number from 1")]
    [InlineData("salience", "2", "salience must be auto, shares or mean")]
    [InlineData("VoteRule", "Prop", "model 'smp' has no setting 'VoteRule'")]
    public void BadSettingsAreReportedNotThrown(string name, string value, string message)
    {
        var result = SpatialModel.Create(new Dictionary<string, string> { [name] = value });
        Assert.False(result.Success);
        Assert.Contains(message, result.Problems[0].Message);
    }

    [Fact]
    public void DefaultsAreKtabsDefaults()
    {
        var options = new SmpOptions();
        var defaults = Parley.Core.Formats.KtabSmpParameters.All.ToDictionary(p => p.Name, p => p.Default);
        foreach (var (name, value) in options.KtabParameters()) Assert.Equal(defaults[name], value);
        Assert.Equal(SmpPreset.Parley, options.Preset);
        Assert.Equal(100, options.MaxRounds);
        // Every value KTAB's XML may name parses.
        foreach (var (name, values, _) in Parley.Core.Formats.KtabSmpParameters.All)
        {
            foreach (var value in values) Assert.True(SpatialModel.Create(new Dictionary<string, string> { [name] = value }).Success, $"{name}={value}");
        }
    }

    private static double Distance(SpatialRun run, int a, int b)
    {
        double squares = 0;
        for (int k = 0; k < run.DimensionCount; k++)
        {
            double d = run.Position(run.States.Length - 1, a, k) - run.Position(run.States.Length - 1, b, k);
            squares += d * d;
        }
        return Math.Sqrt(squares);
    }

    private static Scenario Scenario2D(double salienceA, double salienceB)
    {
        var actors = Enumerable.Range(0, 5).Select(i => new Actor("A" + i, "Actor " + i, 10 + 15 * i)).ToValueList();
        var dimensions = ValueList.Of(new Dimension("x", "X", Scale.Default), new Dimension("y", "Y", Scale.Default));
        var stances = new List<Stance>();
        for (int i = 0; i < 5; i++)
        {
            stances.Add(new Stance(actors[i].Id, "x", 10 + 20 * i, salienceA - 5 * i));
            stances.Add(new Stance(actors[i].Id, "y", 90 - 17 * i, salienceB - 3 * i));
        }
        return new Scenario("two dimensions", actors, dimensions, stances.ToValueList());
    }
}
