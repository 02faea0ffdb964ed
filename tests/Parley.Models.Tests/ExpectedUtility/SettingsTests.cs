using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

public class SettingsTests
{
    private static Dictionary<string, string> Settings(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void No_settings_give_the_parley_preset()
    {
        var result = ExpectedUtilitySettings.Parse(Settings());
        Assert.True(result.Success);
        Assert.Same(ExpectedUtilityPresets.Parley, result.Value);
    }

    [Fact]
    public void A_preset_with_overrides()
    {
        var result = ExpectedUtilitySettings.Parse(Settings(("preset", "EUM"), ("q", "1"), ("rounds", "25"), ("offer_choice", "least-move"), ("capitulation", "off")));
        Assert.True(result.Success, string.Join("; ", result.Problems));
        var o = result.Value;
        Assert.Equal("eum", o.Preset);
        Assert.Equal(1.0, o.Q);
        Assert.Equal(25, o.Rounds);
        Assert.Equal(OfferChoice.LeastMove, o.OfferChoice);
        Assert.False(o.CapitulationFires);
        Assert.Equal(ProbabilityRule.PositiveVotes, o.Probability);
    }

    [Fact]
    public void An_explicit_range_from_xmin_and_xmax()
    {
        var o = ExpectedUtilitySettings.Parse(Settings(("preset", "dmasad"), ("xmin", "4"), ("xmax", "10"), ("t", "0"))).Value;
        Assert.Equal((RangeRule.Explicit, 4.0, 10.0, 0.0), (o.Range, o.RangeMin, o.RangeMax, o.T));
    }

    [Fact]
    public void Every_bad_value_is_reported_with_the_choices()
    {
        var result = ExpectedUtilitySettings.Parse(Settings(
            ("preset", "bdm"), ("q", "2"), ("rounds", "ten"), ("median", "mode"), ("xmin", "5"), ("tolerance", "-1"), ("colour", "red")));
        Assert.False(result.Success);
        var text = string.Join("\n", result.Problems.Select(p => p.ToString()));
        Assert.Contains("unknown preset 'bdm'; use parley, jmckib, dmasad, eum", text);
        Assert.Contains("q must lie in [0, 1]", text);
        Assert.Contains("rounds must be a whole number", text);
        Assert.Contains("weighted-median, pairwise-sequential, largest-margin, vote-total, weighted-mean", text);
        Assert.Contains("give both xmin and xmax", text);
        Assert.Contains("tolerance must lie in", text);
        Assert.Contains("unknown setting 'colour'", text);
        Assert.All(result.Problems, p => Assert.StartsWith("parameters.eu.", p.Field));
    }

    [Fact]
    public void Name_keyed_identity_needs_dmasads_offer_exchange()
    {
        var result = ExpectedUtilitySettings.Parse(Settings(("identity", "by-name")));
        Assert.False(result.Success);
        Assert.True(ExpectedUtilitySettings.Parse(Settings(("preset", "dmasad"), ("identity", "by-name"))).Success);
    }

    [Fact]
    public void The_catalog_builds_the_model_from_settings()
    {
        var entry = ModelCatalog.Find("eu");
        Assert.NotNull(entry);
        Assert.Contains("preset", entry.Parameters);
        Assert.Contains("t", entry.Parameters);
        var model = entry.Create(Settings(("preset", "jmckib")));
        Assert.True(model.Success);
        Assert.True(model.Value.IsDynamic);
        Assert.Equal("jmckib", ((ExpectedUtilityModel)model.Value).Options.Preset);
    }
}
