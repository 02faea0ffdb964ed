using Parley.Core;
using Parley.Core.Formats;
using Parley.Tests.Shared;

namespace Parley.Models.Tests.Catalog;

/// <summary>
/// What every model in the catalog promises, checked for each entry — the built-in models and the
/// toy added through <see cref="ModelCatalog.With"/> — so a new model is held to it by adding its
/// descriptor, without writing a test.
/// </summary>
public class ModelContractTests
{
    /// <summary>The built-in catalog plus the test assembly's toy model.</summary>
    public static readonly ModelCatalog Catalog = ModelCatalog.Builtin.With(MidrangeModel.Descriptor);

    public static TheoryData<string> Models() => [.. Catalog.ModelIds];

    private static readonly Lazy<Scenario> korea = new(() => ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value);

    private static IBargainingModel Model(string id) => Catalog.CreateDefault(id);

    [Theory]
    [MemberData(nameof(Models))]
    public void Predict_equals_the_outcomes_of_Run(string id)
    {
        var model = Model(id);
        var compiled = CompiledScenario.Compile(korea.Value);
        var outcomes = new double[compiled.DimensionCount];
        model.Predict(compiled, outcomes);
        var run = model.Run(compiled);
        Assert.Equal(id, run.ModelId, ignoreCase: true);
        Assert.Equal(compiled.DimensionCount, run.Dimensions.Length);
        for (int k = 0; k < outcomes.Length; k++) Assert.Equal(run.Dimensions[k].Outcome, outcomes[k], 9);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Same_input_same_output(string id)
    {
        var compiled = CompiledScenario.Compile(korea.Value);
        var first = Model(id).Run(compiled);
        var second = Model(id).Run(compiled);
        Assert.Equal(first.Dimensions.Select(d => d.Outcome), second.Dimensions.Select(d => d.Outcome));
        Assert.Equal(first.Dimensions.Select(d => d.Rounds.Length), second.Dimensions.Select(d => d.Rounds.Length));
        for (int k = 0; k < first.Dimensions.Length; k++)
        {
            Assert.Equal(first.Dimensions[k].Rounds.SelectMany(r => r.Positions), second.Dimensions[k].Rounds.SelectMany(r => r.Positions));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_input_is_not_changed(string id)
    {
        var compiled = CompiledScenario.Compile(korea.Value);
        var (position, salience, capability, statusQuo) = (compiled.Position.ToArray(), compiled.Salience.ToArray(), compiled.Capability.ToArray(), compiled.StatusQuo.ToArray());
        var model = Model(id);
        model.Run(compiled);
        model.Predict(compiled, new double[compiled.DimensionCount]);
        Assert.Equal(position, compiled.Position);
        Assert.Equal(salience, compiled.Salience);
        Assert.Equal(capability, compiled.Capability);
        Assert.Equal(statusQuo, compiled.StatusQuo);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void One_instance_serves_several_threads(string id)
    {
        var model = Model(id);
        var compiled = CompiledScenario.Compile(korea.Value);
        var expected = new double[compiled.DimensionCount];
        model.Predict(compiled, expected);
        var results = new double[8][];
        var runs = new Forecast[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Each thread its own copy of the scenario, as Monte Carlo gives its workers.
            var own = compiled.Clone();
            results[i] = new double[own.DimensionCount];
            model.Predict(own, results[i]);
            runs[i] = model.Run(i % 2 == 0 ? own : compiled);
        });
        foreach (var result in results) Assert.Equal(expected, result);
        foreach (var run in runs) Assert.Equal(expected, run.Dimensions.Select(d => d.Outcome).ToArray(), new ToleranceComparer(1e-9));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void An_actor_without_capability_changes_nothing(string id)
    {
        var scenario = korea.Value;
        // At the far end of every scale and caring fully: if it counted at all, it would pull.
        var nobody = new Actor("NOBODY", "An actor without clout", 0);
        var stances = scenario.Dimensions.Select(d => new Stance(nobody.Id, d.Id, d.Scale.Max, 100));
        var with = scenario with { Actors = scenario.Actors.Append(nobody).ToValueList(), Stances = scenario.Stances.Concat(stances).ToValueList() };
        var model = Model(id);
        var before = model.Run(CompiledScenario.Compile(scenario));
        var after = model.Run(CompiledScenario.Compile(with));
        for (int k = 0; k < scenario.Dimensions.Count; k++) Assert.Equal(before.Dimensions[k].Outcome, after.Dimensions[k].Outcome, 9);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_cancelled_run_stops(string id)
    {
        var model = Model(id);
        var compiled = CompiledScenario.Compile(korea.Value);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => model.Run(compiled, cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_descriptor_matches_the_model_it_builds(string id)
    {
        var descriptor = Catalog.Lookup(id)!;
        var model = Model(id);
        Assert.Equal(descriptor.Id, model.Id);
        Assert.IsAssignableFrom(descriptor.ModelType, model);
        Assert.StartsWith(descriptor.Name, model.Name);
        Assert.Equal(model is IPerceivingModel, descriptor.Offers<IPerceivingModel>());
        Assert.Equal(model is ITracingModel, descriptor.Offers<ITracingModel>());
        // A setting the model does not have is a problem that names it, not an exception.
        var wrong = descriptor.Create(new Dictionary<string, string> { ["no_such_setting"] = "1" }, Catalog);
        Assert.False(wrong.Success);
        var problem = Assert.Single(wrong.Problems);
        Assert.Equal($"parameters.{id}.no_such_setting", problem.Field);
        Assert.Contains("no_such_setting", problem.Message);
        // Every default a choice shows is one of its values.
        foreach (var setting in descriptor.Settings.Where(s => s.AllowedValues.Count > 0 && s.Kind == "choice"))
        {
            Assert.True(setting.AllowedValues.Contains(setting.Default) || setting.Default == "as median", $"{id}.{setting.Name}: default '{setting.Default}'");
        }
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => x.Equals(y) || Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double value) => 0;
    }
}
