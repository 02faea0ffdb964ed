using System.Text.Json;
using Parley.Core.Validation;
using Parley.Models.Ensemble;
using Parley.Models.Output;

namespace Parley.Models.Tests.Catalog;

public class CatalogTests
{
    private static readonly ModelCatalog WithToy = ModelCatalog.Builtin.With(MidrangeModel.Descriptor);

    [Fact]
    public void A_descriptor_added_to_the_catalog_is_a_model_like_the_others()
    {
        Assert.Contains(WithToy.Models, m => m.Id == "midrange");
        Assert.Contains(WithToy.Runnable, m => m.Id == "midrange");
        Assert.Contains(WithToy.DefaultEnsemble, m => m.Id == "midrange");
        Assert.Contains("midrange", ModelContractTests.Models().Select(row => row.Data));
        var built = WithToy.Create("MIDRANGE", new Dictionary<string, string> { ["shift"] = "5" });
        Assert.True(built.Success, string.Join("; ", built.Problems));
        Assert.Equal(5, ((MidrangeModel)built.Value).Shift);
        // The built-in catalog is not changed by it.
        Assert.DoesNotContain(ModelCatalog.Builtin.Models, m => m.Id == "midrange");
    }

    [Fact]
    public void An_ensemble_of_a_catalog_takes_its_models()
    {
        var ensemble = (EnsembleModel)WithToy.CreateDefault("ensemble");
        Assert.Equal(["mean", "median", "nbs", "eu", "smp", "fitted", "midrange"], ensemble.Members.Select(m => m.Id));
        var builtin = (EnsembleModel)ModelCatalog.Default("ensemble");
        Assert.DoesNotContain(builtin.Members, m => m.Id == "midrange");
        var chosen = WithToy.Create("ensemble", new Dictionary<string, string> { ["members"] = "mean,midrange", ["midrange.shift"] = "-3", ["weights"] = "midrange:3" });
        Assert.True(chosen.Success, string.Join("; ", chosen.Problems));
        Assert.Equal(-3, ((EnsembleModel)chosen.Value).Members.OfType<MidrangeModel>().Single().Shift);
    }

    [Fact]
    public void Ids_and_colours_are_unique_in_a_catalog()
    {
        Assert.Throws<ArgumentException>(() => WithToy.With(MidrangeModel.Descriptor));
        var sameColour = new ModelDescriptor
        {
            Id = "other", Name = "Other", Summary = "–", ColourSlot = MidrangeModel.Descriptor.ColourSlot,
            ModelType = typeof(MidrangeModel), Factory = MidrangeModel.Descriptor.Factory,
        };
        var error = Assert.Throws<ArgumentException>(() => WithToy.With(sameColour));
        Assert.Contains("colour slot", error.Message);
        Assert.Throws<ArgumentException>(() => ModelCatalog.Builtin.With(new ModelDescriptor
        {
            Id = "all", Name = "All", Summary = "–", ColourSlot = 99, ModelType = typeof(MidrangeModel), Factory = MidrangeModel.Descriptor.Factory,
        }));
    }

    [Fact]
    public void The_json_listing_shows_every_setting_with_its_default_and_values()
    {
        using var json = JsonDocument.Parse(ModelCatalogJsonWriter.Write(WithToy.Models));
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(WithToy.ModelIds, models.Select(m => m.GetProperty("id").GetString()));
        var toy = models.Single(m => m.GetProperty("id").GetString() == "midrange");
        var shift = Assert.Single(toy.GetProperty("settings").EnumerateArray());
        Assert.Equal(("shift", "0", "number in [-50, 50]"), (shift.GetProperty("name").GetString(), shift.GetProperty("default").GetString(), shift.GetProperty("kind").GetString()));
        var eu = models.Single(m => m.GetProperty("id").GetString() == "eu");
        Assert.Equal(["per-dimension", "perceptions"], eu.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
        var preset = eu.GetProperty("settings").EnumerateArray().First();
        Assert.Equal("parley", preset.GetProperty("default").GetString());
        Assert.Equal(["parley", "jmckib", "dmasad", "eum"], preset.GetProperty("allowed").EnumerateArray().Select(v => v.GetString()));
        var smp = models.Single(m => m.GetProperty("id").GetString() == "smp");
        Assert.Equal(["trace"], smp.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
        Assert.True(models.Single(m => m.GetProperty("id").GetString() == "fitted").GetProperty("fitted_on_deu").GetBoolean());
    }

    [Fact]
    public void The_descriptors_flags_are_the_ones_the_backtest_and_ensemble_relied_on()
    {
        Assert.Equal(["fitted", "ensemble"], ModelCatalog.All.Where(m => m.FittedOnDeu).Select(m => m.Id));
        // The procedural model joined --model all with issue 11; the exchange model runs only when named.
        Assert.Equal(["mean", "median", "nbs", "eu", "smp", "fitted", "procedural"], ModelCatalog.Standalone.Select(m => m.Id));
        Assert.Equal(["eu"], ModelCatalog.All.Where(m => m.Offers<IPerceivingModel>()).Select(m => m.Id));
        Assert.Equal(["smp"], ModelCatalog.All.Where(m => m.Offers<ITracingModel>()).Select(m => m.Id));
    }

    [Theory]
    [InlineData("fitted", "snap_distance", "2", "snap_distance must lie in [0, 1] (a share of the scale), found '2'")]
    [InlineData("fitted", "share_bonus", "-1", "share_bonus must be a number ≥ 0, found '-1'")]
    [InlineData("eu", "capitulation", "maybe", "capitulation must be on or off (true/false), found 'maybe'")]
    [InlineData("eu", "near_zero", "x", "near_zero must be a number ≥ 0, found 'x'")]
    [InlineData("mean", "q", "1", "unknown setting 'q': model 'mean' has no setting 'q'; it takes none")]
    [InlineData("ensemble", "weights", "mean:x", "ensemble weights are written MODEL:WEIGHT with WEIGHT ≥ 0, e.g. mean:2,eu:1; found 'mean:x'")]
    [InlineData("smp", "BigRRange", "huge", "BigRRange must be one of Min, Mid, Max, found 'huge'")]
    public void One_binder_words_every_bad_setting_the_same_way(string model, string key, string value, string message)
    {
        var result = ModelCatalog.Find(model)!.Create(new Dictionary<string, string> { [key] = value });
        var problem = Assert.Single(result.Problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal(Rules.InvalidValue, problem.Rule);
        Assert.Equal($"parameters.{model}.{key}", problem.Field);
    }

    [Fact]
    public void Setting_names_ignore_case_and_dashes()
    {
        var result = ModelCatalog.Find("eu")!.Create(new Dictionary<string, string> { ["Offer-Choice"] = "least_move", [" ROUNDS "] = " 3 " });
        Assert.True(result.Success, string.Join("; ", result.Problems));
        var options = ((Parley.Models.ExpectedUtility.ExpectedUtilityModel)result.Value).Options;
        Assert.Equal((Parley.Models.ExpectedUtility.OfferChoice.LeastMove, 3), (options.OfferChoice, options.Rounds));
    }
}
