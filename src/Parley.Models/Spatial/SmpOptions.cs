using System.Globalization;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models.Spatial;

/// <summary>
/// Every setting of the Spatial Model of Politics. The nine KTAB parameters default to KTAB's
/// defaults; <see cref="Preset"/> decides how KTAB's flaws are treated.
/// </summary>
public sealed record SmpOptions
{
    /// <summary>KTAB's default seed (0xD67CC16FE69C185C); only stochastic transitions draw from it.</summary>
    public const ulong DefaultSeed = 15455440707583219804UL;

    /// <summary>KTAB's round cap: a run that reaches it is cycling, not converged.</summary>
    public const int DefaultMaxRounds = 100;

    public SmpPreset Preset { get; init; } = SmpPreset.Parley;

    public VictoryProbModel VictoryProbModel { get; init; } = VictoryProbModel.Linear;

    public PceModel PceModel { get; init; } = PceModel.Conditional;

    public StateTransitions StateTransitions { get; init; } = StateTransitions.Deterministic;

    public VotingRule VotingRule { get; init; } = VotingRule.Prop;

    public BigRAdjust BigRAdjust { get; init; } = BigRAdjust.OneThird;

    public BigRRange BigRRange { get; init; } = BigRRange.Mid;

    public ThirdPartyCommit ThirdPartyCommit { get; init; } = ThirdPartyCommit.SemiCommit;

    public InterVecBrgn InterVecBrgn { get; init; } = InterVecBrgn.S2P2;

    public BargnModel BargnModel { get; init; } = BargnModel.InitOnlyInterp;

    public ulong Seed { get; init; } = DefaultSeed;

    public int MaxRounds { get; init; } = DefaultMaxRounds;

    public SalienceConvention Saliences { get; init; } = SalienceConvention.Auto;

    /// <summary>Threads one run may use (results are identical for any value); 0 means all cores.</summary>
    public int MaxThreads { get; init; }

    /// <summary>
    /// KTAB's <c>--euSMP</c> quirk: in round 1 only, bargains are valued with risk-neutral
    /// utilities. Set only by <see cref="KtabRandomScenario"/> under the <c>ktab</c> preset.
    /// </summary>
    public bool RiskNeutralFirstBargains { get; init; }

    public bool IsKtab => Preset == SmpPreset.Ktab;

    /// <summary>
    /// From this many actors (or options) several rows share each pass over memory. Results do not
    /// depend on it; tests lower it to compare both paths.
    /// </summary>
    internal int TiledFrom { get; init; } = 256;

    public const string PresetName = "preset";
    public const string RoundsName = "rounds";
    public const string SaliencesName = "salience";

    /// <summary>Every setting, declared once: parsing, <c>parley models smp</c> and docs/models/spatial-model.md read it.</summary>
    public static SettingsBinder<SmpOptions> Binder { get; } = new SettingsBinder<SmpOptions>(KtabSmpParameters.ModelId, new SmpOptions())
        .Choice(PresetName, "ktab reproduces KTAB's flaws (docs/models/spatial-model.md lists them); parley corrects them",
            [("parley", SmpPreset.Parley), ("ktab", SmpPreset.Ktab)], o => o.Preset, (o, v) => o with { Preset = v },
            error: text => $"preset must be parley (KTAB with its flaws corrected, the default) or ktab (KTAB exactly), found '{text}'")
        .Add(KtabSmpParameters.Seed, "whole number 0–18446744073709551615 or 0x… hexadecimal", [], "KTAB's generator (Mersenne Twister 64 with KTAB's scrambler); only stochastic runs draw",
            o => "0x" + o.Seed.ToString("X", CultureInfo.InvariantCulture),
            (o, text) => TryParseSeed(text, out ulong seed)
                ? (o with { Seed = seed }, null)
                : (null, $"seed must be a whole number from 0 to 18446744073709551615 (or 0x… hexadecimal), found '{text}'"))
        .Ktab("VictoryProbModel", "how coalition strengths C₁, C₂ become P(1 beats 2): f(C₁)/(f(C₁)+f(C₂)) with f = C, C², C⁴, C⁸; Binary: a 10 % advantage decides, a ramp in between", o => o.VictoryProbModel, (o, v) => o with { VictoryProbModel = v })
        .Ktab("PCEModel", "Conditional: P(option) ∝ Π P(option beats each other); the Markov models iterate challenges chosen uniformly or by incentive to a fixed point", o => o.PceModel, (o, v) => o with { PceModel = v })
        .Ktab("StateTransitions", "adopt the most likely bargain, or draw one (seeded)", o => o.StateTransitions, (o, v) => o with { StateTransitions = v })
        .Ktab("VotingRule", "a vote of weight w for a utility difference Δu: w·sign, w·(0.8Δu + 0.2·sign), w·Δu, w·(0.5Δu + 0.5Δu³), w·Δu³, or w·Δu for losses and ⅔w·Δu for gains", o => o.VotingRule, (o, v) => o with { VotingRule = v })
        .Ktab("BigRAdjust", "h's estimate of i's risk attitude: R_h, (2R_h+R_i)/3, (R_h+R_i)/2, (R_h+2R_i)/3, R_i", o => o.BigRAdjust, (o, v) => o with { BigRAdjust = v })
        .Ktab("BigRRange", "risk attitudes span [0, 1], [−½, 1] or [−1, 1]", o => o.BigRRange, (o, v) => o with { BigRRange = v })
        .Ktab("ThirdPartyCommit", "what a third party expects for its own position after joining a contest: keeps it, keeps it only if its side wins, or adopts the winner's", o => o.ThirdPartyCommit, (o, v) => o with { ThirdPartyCommit = v })
        .Ktab("InterVecBrgn", "bargain weights salience × probability, salience² × probability², or a probability-advantage split", o => o.InterVecBrgn, (o, v) => o with { InterVecBrgn = v })
        .Ktab("BargnModel", "the initiator's bargain; plus the receiver's view; or their power-weighted compromise", o => o.BargnModel, (o, v) => o with { BargnModel = v })
        .Integer(RoundsName, "the round cap: a run that reaches it is cycling, not converged", 1, 100_000, o => o.MaxRounds, (o, v) => o with { MaxRounds = v }, note: " (KTAB uses 100)")
        .Choice(SaliencesName, "how saliences become KTAB's shares of attention: auto (shares when every actor's saliences sum to at most 100 %, else mean), shares as given, or mean (each divided by the number of dimensions)",
            [("auto", SalienceConvention.Auto), ("shares", SalienceConvention.Shares), ("mean", SalienceConvention.Mean)], o => o.Saliences, (o, v) => o with { Saliences = v },
            error: text => $"salience must be auto, shares or mean, found '{text}'");

    /// <summary>The setting names the model accepts, as listed by <c>parley models</c>.</summary>
    public static IReadOnlyList<string> ParameterNames => Binder.Names;

    /// <summary>Reads settings (names and values case-insensitive) or reports every bad one.</summary>
    public static ParseResult<SmpOptions> Parse(IReadOnlyDictionary<string, string> settings) => Binder.Bind(settings);

    /// <summary>The nine KTAB parameters as name → value, in KTAB's order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KtabParameters() =>
    [
        new("VictoryProbModel", VictoryProbModel.ToString()),
        new("PCEModel", PceModel.ToString()),
        new("StateTransitions", StateTransitions.ToString()),
        new("VotingRule", VotingRule.ToString()),
        new("BigRAdjust", BigRAdjust.ToString()),
        new("BigRRange", BigRRange.ToString()),
        new("ThirdPartyCommit", ThirdPartyCommit.ToString()),
        new("InterVecBrgn", InterVecBrgn.ToString()),
        new("BargnModel", BargnModel.ToString()),
    ];

    public static bool TryParseSeed(string text, out ulong seed)
    {
        text = text.Trim();
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed);
        }
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }
}

/// <summary>KTAB's named settings on the settings binder: the values KTAB's XML spells, in KTAB's order.</summary>
internal static class KtabSettings
{
    public static SettingsBinder<SmpOptions> Ktab<TEnum>(this SettingsBinder<SmpOptions> binder, string name, string help,
        Func<SmpOptions, TEnum> get, Func<SmpOptions, TEnum, SmpOptions> set) where TEnum : struct, Enum =>
        binder.Choice(name, help, [.. KtabSmpParameters.ValuesOf(name)!.Select(v => (v, Enum.Parse<TEnum>(v)))], get, set);
}
