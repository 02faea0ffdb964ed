using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// The expected-utility model's settings (scenario <c>parameters: {eu: …}</c> and
/// <c>--param</c>/<c>--preset</c>/<c>--rounds</c>/<c>--q</c>/<c>--t</c>): a preset, then any switch
/// overridden by name. Every bad value is reported with the accepted values.
/// </summary>
public static class ExpectedUtilitySettings
{
    /// <summary>Every setting, declared once: parsing, <c>parley models eu</c> and docs/models/expected-utility.md read it.</summary>
    public static SettingsBinder<ExpectedUtilityOptions> Binder { get; } = new SettingsBinder<ExpectedUtilityOptions>("eu", ExpectedUtilityPresets.Parley)
        .Choice("preset", "a replication's reading of the model (D1–D14), applied before the settings below",
            [.. ExpectedUtilityPresets.Names.Select(n => (n, ExpectedUtilityPresets.Find(n)!))], o => ExpectedUtilityPresets.Find(o.Preset)!, (_, preset) => preset,
            error: text => $"unknown preset '{text}'; use {string.Join(", ", ExpectedUtilityPresets.Names)}")
        .Integer("rounds", "round cap (D12)", 0, 100_000, o => o.Rounds, (o, v) => o with { Rounds = v })
        .Number("q", "probability that the status quo persists when nobody challenges (D4)", 0, 1, o => o.Q, (o, v) => o with { Q = v })
        .Number("t", "probability that things improve when nobody challenges; matters only when q < 1 (D4)", 0, 1, o => o.T, (o, v) => o with { T = v })
        .Enum("outcome", "the forecast: weighted median or mean of the final positions (D13)", o => o.Outcome, (o, v) => o with { Outcome = v })
        .Enum("range", "the range Δ that scales utilities (D1); explicit needs xmin and xmax", o => o.Range, (o, v) => o with { Range = v })
        .Number("xmin", "lower end of an explicit range (with xmax)", double.MinValue, double.MaxValue, o => o.RangeMin, (o, v) => o with { RangeMin = v })
        .Number("xmax", "upper end of an explicit range (with xmin)", double.MinValue, double.MaxValue, o => o.RangeMax, (o, v) => o with { RangeMax = v })
        .Enum("median", "the median voter μ of the risk pass and of each round's report (D2)", o => o.Median, (o, v) => o with { Median = v })
        .Choice<MedianRule?>("offer_median", "μ of the offer pass, when it differs from median (D2)",
            [.. Enum.GetValues<MedianRule>().Select(v => (SettingsBinder<ExpectedUtilityOptions>.ValueName(v), (MedianRule?)v))],
            o => o.OfferPassMedian, (o, v) => o with { OfferPassMedian = v }, unset: "as median")
        .Enum("probability", "how P_ij, the chance that i beats j, is computed (D3)", o => o.Probability, (o, v) => o with { Probability = v })
        .Enum("status_quo_term", "the status-quo term of the expected utility (D4)", o => o.StatusQuoTerm, (o, v) => o with { StatusQuoTerm = v })
        .Enum("t_rule", "when things improve for i if nobody challenges (D4)", o => o.Improvement, (o, v) => o with { Improvement = v })
        .Enum("perspective", "whose risk attitude values a contest (D5)", o => o.Perspective, (o, v) => o with { Perspective = v })
        .Enum("degenerate_risk", "what happens when every actor has the same exposure (D7)", o => o.DegenerateRisk, (o, v) => o with { DegenerateRisk = v })
        .Switch("capitulation", "whether a coerced actor that loses more than the proposer gains gives in fully (D8)", o => o.CapitulationFires, (o, v) => o with { CapitulationFires = v })
        .Enum("compromise", "where a compromise lands (D9)", o => o.CompromisePoint, (o, v) => o with { CompromisePoint = v })
        .Enum("offer_choice", "which of its offers an actor accepts (D10)", o => o.OfferChoice, (o, v) => o with { OfferChoice = v })
        .Number("near_zero", "values smaller than this count as zero (D11)", 0, double.MaxValue, o => o.NearZero, (o, v) => o with { NearZero = v })
        .Switch("same_position_contests", "whether two actors at the same position still make offers to each other", o => o.SamePositionContests, (o, v) => o with { SamePositionContests = v })
        .Switch("stop_when_stable", "stop before the cap once no actor moves more than tolerance × Δ (D12)", o => o.StopWhenStable, (o, v) => o with { StopWhenStable = v })
        .Number("tolerance", "largest move, as a share of the range, that counts as standing still (D12)", 0, 1, o => o.MoveTolerance, (o, v) => o with { MoveTolerance = v })
        .Enum("identity", "whether actors are told apart by index or, as dmasad does, by name (D14)", o => o.Identity, (o, v) => o with { Identity = v })
        .Switch("weightless_bargain", "whether actors with capability × salience 0 take part", o => o.WeightlessActorsBargain, (o, v) => o with { WeightlessActorsBargain = v })
        .Check(CheckRangeAndIdentity);

    /// <summary>Every setting name, in the order <c>parley models</c> lists them.</summary>
    public static IReadOnlyList<string> Names => Binder.Names;

    public static ParseResult<ExpectedUtilityOptions> Parse(IReadOnlyDictionary<string, string> settings) => Binder.Bind(settings);

    /// <summary>The setting value of an enum member: <c>PairNormalised</c> → <c>pair-normalised</c>.</summary>
    public static string ValueName<TEnum>(TEnum value) where TEnum : struct, Enum => SettingsBinder<ExpectedUtilityOptions>.ValueName(value);

    private static ExpectedUtilityOptions CheckRangeAndIdentity(ExpectedUtilityOptions options, SettingsBinder<ExpectedUtilityOptions>.SettingsCheck check)
    {
        bool xmin = check.Given("xmin"), xmax = check.Given("xmax");
        if (xmin || xmax)
        {
            if (!(xmin && xmax)) check.Fail(xmin ? "xmax" : "xmin", "give both xmin and xmax for an explicit range");
            // A value that did not parse is reported already.
            else if (double.IsNaN(options.RangeMin) || double.IsNaN(options.RangeMax)) { }
            else if (!(options.RangeMax > options.RangeMin))
            {
                check.Fail("xmax", $"xmax ({SettingsBinder<ExpectedUtilityOptions>.Format(options.RangeMax)}) must be greater than xmin ({SettingsBinder<ExpectedUtilityOptions>.Format(options.RangeMin)})");
            }
            else options = options with { Range = RangeRule.Explicit };
        }
        else if (options.Range == RangeRule.Explicit && !(options.RangeMax > options.RangeMin))
        {
            check.Fail("range", "range 'explicit' needs xmin and xmax");
        }
        if (options.Identity == ActorIdentity.ByName && options.OfferChoice != OfferChoice.HighestProposerGain)
        {
            check.Fail("identity", "identity 'by-name' reproduces dmasad's name-keyed lookups and needs offer_choice 'highest-proposer-gain'");
        }
        return options;
    }
}
