using Parley.Events.Reference;
using Parley.Events.Tests.Support;

namespace Parley.Events.Tests;

public class ReferenceDataTests
{
    [Fact]
    public void Codebook_holds_every_CAMEO_code_with_its_leading_zero()
    {
        var codebook = ReferenceData.Codebook;
        Assert.Equal(312, codebook.Codes.Count);
        var visit = codebook.Find("042")!;
        Assert.Equal("Make a visit", visit.Name);
        Assert.Equal("04", visit.RootCode);
        Assert.Equal(1.9, visit.GoldsteinGdelt);
        Assert.Null(codebook.Find("42"));
        Assert.Equal(8.0, codebook.Find("057")!.Goldstein);
    }

    [Fact]
    public void Goldstein_variants_follow_each_dataset()
    {
        var codebook = ReferenceData.Codebook;
        Assert.Equal(-2.0, codebook.Find("016")!.GoldsteinGdelt);
        Assert.Equal(-5.0, codebook.Find("016")!.GoldsteinIcews);
        Assert.Null(codebook.Find("1213")!.GoldsteinGdelt);
        Assert.Equal(-4.0, codebook.Find("1213")!.Goldstein);
        // GDELT's lookup file hides 106 in a corrupt line; the merged table restores it with the 1.1b3 label.
        Assert.Equal("Demand meeting, negotiation", codebook.Find("106")!.Name);
    }

    [Theory]
    [InlineData(9, QuadRule.Gdelt, QuadClass.MaterialCooperation)]
    [InlineData(9, QuadRule.Icews, QuadClass.VerbalConflict)]
    [InlineData(14, QuadRule.Gdelt, QuadClass.VerbalConflict)]
    [InlineData(14, QuadRule.Icews, QuadClass.MaterialConflict)]
    [InlineData(5, QuadRule.Icews, QuadClass.VerbalCooperation)]
    [InlineData(20, QuadRule.Gdelt, QuadClass.MaterialConflict)]
    public void QuadClass_follows_the_dataset_rule(int root, QuadRule rule, QuadClass expected) =>
        Assert.Equal(expected, QuadRules.Classify(rule, root));

    [Theory]
    [InlineData("PRK", "PRK")]
    [InlineData("North Korea", "PRK")]
    [InlineData("KN", "PRK")]
    [InlineData("DPRK", "PRK")]
    [InlineData("korea, north", "PRK")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("RS", "RUS")]
    [InlineData("ROU", "ROM")]
    [InlineData("KS", "KOR")]
    [InlineData("usa", "USA")]
    [InlineData("JA", "JPN")]
    [InlineData("CH", "CHN")]
    public void Countries_resolve_from_codes_FIPS_and_names(string text, string code) =>
        Assert.Equal(code, ReferenceData.Countries.Resolve(text)?.CameoCode);

    [Fact]
    public void Every_ICEWS_country_name_in_the_samples_resolves()
    {
        var names = Fixtures.Rows(Fixtures.IcewsEvents, header: true)
            .SelectMany(r => new[] { r[4], r[10], r[17] })
            .Where(n => n != "NA")
            .Distinct()
            .ToList();
        var unknown = names.Where(n => ReferenceData.Countries.FindByName(n) is null).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Role_codes_and_actor_codes_resolve()
    {
        Assert.Equal("Government", ReferenceData.Roles.RoleName("GOV"));
        Assert.True(ActorReference.TryResolve("KORGOVMIL", out _, out var country));
        Assert.Equal("KOR", country);
        Assert.True(ActorReference.TryResolve("IGOUNO", out _, out var none));
        Assert.Null(none);
        Assert.Equal("USA", ActorReference.CountryOf("USALEG"));
        Assert.False(ActorReference.TryResolve("XYZABC", out _, out _));
    }
}
