using Parley.Application.Models;
using Parley.Application.Problems;
using Parley.Application.Scenarios;
using Parley.Application.UseCases;
using Parley.Core.Validation;
using Parley.Tests.Shared;

namespace Parley.Application.Tests;

/// <summary>The use cases on the repository's examples: what-ifs honoured everywhere, failures mapped, not thrown.</summary>
public sealed class UseCaseTests
{
    private static readonly ScenarioSource Korea = new ScenarioSource.File(Fixtures.Repo("examples", "korea-2019.yaml"));
    private static readonly ScenarioSource HandCheck = new ScenarioSource.File(Fixtures.Repo("examples", "hand-check.yaml"));

    private static WhatIfEdits Drop(params string[] actors) => new([], actors, []);

    private static WhatIfEdits Set(params string[] edits) => new(edits, [], []);

    /// <summary>B's saliences at 20 and 0: the scenario runs under KTAB's preset, but the −20 salience nudge leaves B with none anywhere.</summary>
    private static readonly WhatIfEdits BarelySalientB = Set("B.spending_mix.salience=20", "B.borrowing.salience=0");

    [Fact]
    public void A_bad_drop_is_reported_as_a_drop()
    {
        var outcome = new ForecastHandler().Handle(new ForecastRequest(Korea, Drop("XYZ")));
        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        var problem = Assert.Single(OptionSpelling.Web.Spell(outcome.Failure.Problems));
        Assert.Equal("drop", problem.Field);
        Assert.Equal(Rules.UnknownActor, problem.Rule);
        Assert.StartsWith("drop XYZ: no actor 'XYZ'", problem.Message);
    }

    [Fact]
    public void Dyads_and_trace_honour_the_what_if_edits()
    {
        var dyads = new DyadsHandler().Handle(new DyadsRequest(Korea, Drop("RUS"), Dimension: "sanctions")).Value;
        Assert.Equal(6, dyads.Matrices[0].Matrix.Count);
        Assert.DoesNotContain(dyads.Scenario.Actors, a => a.Id == "RUS");

        var trace = new TraceHandler().Handle(new TraceRequest(Korea, Drop("RUS"))).Value;
        Assert.DoesNotContain(trace.Participants.Source.Actors, a => a.Id == "RUS");
        Assert.DoesNotContain("\"RUS\"", trace.ToJson());

        Assert.False(new DyadsHandler().Handle(new DyadsRequest(Korea, Drop("NOPE"))).Success);
        Assert.False(new TraceHandler().Handle(new TraceRequest(Korea, Drop("NOPE"))).Success);
    }

    [Fact]
    public void A_model_refusing_the_scenario_is_bad_input_not_a_bug()
    {
        var request = new ForecastRequest(HandCheck, Set("B.spending_mix.salience=0", "B.borrowing.salience=0"), new ModelChoice("smp", ["preset=ktab"]));
        var outcome = new ForecastHandler().Handle(request);
        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        Assert.Equal(Rules.ModelFailed, Assert.Single(outcome.Failure.Problems).Rule);
    }

    [Fact]
    public void Leverage_names_the_nudge_a_model_refuses_when_the_scenario_itself_runs()
    {
        var choice = new ModelChoice("smp", ["preset=ktab"]);
        Assert.True(new ForecastHandler().Handle(new ForecastRequest(HandCheck, BarelySalientB, choice)).Success);

        var outcome = new LeverageHandler().Handle(new LeverageRequest(HandCheck, BarelySalientB, choice));
        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        var problem = Assert.Single(outcome.Failure.Problems);
        Assert.Equal(Rules.ModelFailed, problem.Rule);
        Assert.Contains("B's salience on spending_mix 20 → 0", problem.Message);
    }

    [Fact]
    public void Compare_needs_a_what_if_and_names_the_options_by_key()
    {
        var outcome = new CompareHandler().Handle(new CompareRequest(Korea, WhatIfEdits.None));
        var problem = Assert.Single(outcome.Failure!.Problems);
        Assert.Equal(OptionKey.Set, OptionKeys.Of(problem));
        Assert.Contains("--drop ACTOR", OptionSpelling.Cli.Spell(problem).Message);
    }

    [Fact]
    public void Simulation_problems_and_model_problems_come_together()
    {
        var outcome = new SimulateHandler().Handle(new SimulateRequest(Korea, Models: new ModelChoice("nonsense"), Simulation: new(Runs: 0)));
        var keys = outcome.Failure!.Problems.Select(OptionKeys.Of).ToList();
        Assert.Contains(OptionKey.Runs, keys);
        Assert.Contains(OptionKey.Model, keys);
    }

    [Fact]
    public void Validate_checks_the_edited_scenario_and_never_fails()
    {
        var result = new ValidateHandler().Handle(new ValidateRequest(Korea, Set("USA.sanctions.position=150")));
        Assert.False(result.Valid);
        Assert.Equal(Rules.PositionOutOfScale, result.Problems[0].Rule);
        Assert.True(new ValidateHandler().Handle(new ValidateRequest(Korea)).Valid);
    }

    [Fact]
    public void An_unknown_input_format_is_an_input_format_problem()
    {
        var outcome = ScenarioLoading.Load(new ScenarioSource.File(Fixtures.Repo("examples", "korea-2019.yaml"), "docx"), WhatIfEdits.None);
        Assert.Equal("--input-format", OptionSpelling.Cli.Spell(Assert.Single(outcome.Failure!.Problems)).Field);
    }
}
