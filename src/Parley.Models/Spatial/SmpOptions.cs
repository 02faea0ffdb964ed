using System.Globalization;
using Parley.Core.Formats;
using Parley.Core.Validation;

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

    /// <summary>The setting names the model accepts, as listed by <c>parley models</c>.</summary>
    public static readonly IReadOnlyList<string> ParameterNames =
        [PresetName, KtabSmpParameters.Seed, .. KtabSmpParameters.All.Select(p => p.Name), RoundsName, SaliencesName];

    /// <summary>Reads settings (names and values case-insensitive) or reports every bad one.</summary>
    public static ParseResult<SmpOptions> Parse(IReadOnlyDictionary<string, string> settings)
    {
        var problems = new List<Problem>();
        var options = new SmpOptions();
        foreach (var (rawKey, rawValue) in settings)
        {
            string key = rawKey.Trim();
            string value = rawValue.Trim();
            string field = "parameters.smp." + key;
            if (key.Equals(PresetName, StringComparison.OrdinalIgnoreCase))
            {
                if (TryEnum<SmpPreset>(value, out var preset)) options = options with { Preset = preset };
                else problems.Add(Bad(field, $"preset must be parley (KTAB with its flaws corrected, the default) or ktab (KTAB exactly), found '{value}'"));
            }
            else if (key.Equals(KtabSmpParameters.Seed, StringComparison.OrdinalIgnoreCase))
            {
                if (TryParseSeed(value, out ulong seed)) options = options with { Seed = seed };
                else problems.Add(Bad(field, $"seed must be a whole number from 0 to 18446744073709551615 (or 0x… hexadecimal), found '{value}'"));
            }
            else if (key.Equals(RoundsName, StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int rounds) && rounds is >= 1 and <= 100_000) options = options with { MaxRounds = rounds };
                else problems.Add(Bad(field, $"rounds must be a whole number from 1 to 100000 (KTAB uses 100), found '{value}'"));
            }
            else if (key.Equals(SaliencesName, StringComparison.OrdinalIgnoreCase))
            {
                if (TryEnum<SalienceConvention>(value, out var convention)) options = options with { Saliences = convention };
                else problems.Add(Bad(field, $"salience must be auto, shares or mean, found '{value}'"));
            }
            else if (KtabSmpParameters.ValuesOf(key) is { } values)
            {
                string? match = values.FirstOrDefault(v => v.Equals(value, StringComparison.OrdinalIgnoreCase));
                if (match is null) problems.Add(Bad(field, $"{Canonical(key)} must be one of {string.Join(", ", values)}, found '{value}'"));
                else options = options.With(Canonical(key), match);
            }
            else
            {
                problems.Add(new Problem(Rules.InvalidValue, $"model 'smp' has no setting '{key}'; its settings are {string.Join(", ", ParameterNames)}", Field: field));
            }
        }
        return problems.Count == 0 ? ParseResult<SmpOptions>.ForValue(options) : ParseResult<SmpOptions>.ForProblems(problems);
    }

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

    private SmpOptions With(string name, string value) => name switch
    {
        "VictoryProbModel" => this with { VictoryProbModel = Enum.Parse<VictoryProbModel>(value) },
        "PCEModel" => this with { PceModel = Enum.Parse<PceModel>(value) },
        "StateTransitions" => this with { StateTransitions = Enum.Parse<StateTransitions>(value) },
        "VotingRule" => this with { VotingRule = Enum.Parse<VotingRule>(value) },
        "BigRAdjust" => this with { BigRAdjust = Enum.Parse<BigRAdjust>(value) },
        "BigRRange" => this with { BigRRange = Enum.Parse<BigRRange>(value) },
        "ThirdPartyCommit" => this with { ThirdPartyCommit = Enum.Parse<ThirdPartyCommit>(value) },
        "InterVecBrgn" => this with { InterVecBrgn = Enum.Parse<InterVecBrgn>(value) },
        "BargnModel" => this with { BargnModel = Enum.Parse<BargnModel>(value) },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a KTAB parameter"),
    };

    private static string Canonical(string key) => KtabSmpParameters.All.First(p => p.Name.Equals(key, StringComparison.OrdinalIgnoreCase)).Name;

    private static bool TryEnum<T>(string value, out T result) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);

    private static Problem Bad(string field, string message) => new(Rules.InvalidValue, message, Field: field);
}
