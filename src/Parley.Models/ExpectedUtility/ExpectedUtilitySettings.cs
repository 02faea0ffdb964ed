using System.Globalization;
using System.Text;
using Parley.Core.Validation;

namespace Parley.Models.ExpectedUtility;

/// <summary>
/// Reads the expected-utility model's settings (scenario <c>parameters: {eu: …}</c> and
/// <c>--param</c>/<c>--preset</c>/<c>--rounds</c>/<c>--q</c>/<c>--t</c>): a preset, then any switch
/// overridden by name. Every bad value is reported with the accepted values.
/// </summary>
public static class ExpectedUtilitySettings
{
    /// <summary>Every setting name, in the order <c>parley models</c> lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "preset", "rounds", "q", "t", "outcome", "range", "xmin", "xmax", "median", "offer_median", "probability",
        "status_quo_term", "t_rule", "perspective", "degenerate_risk", "capitulation", "compromise", "offer_choice",
        "near_zero", "same_position_contests", "stop_when_stable", "tolerance", "identity", "weightless_bargain",
    ];

    public static ParseResult<ExpectedUtilityOptions> Parse(IReadOnlyDictionary<string, string> settings)
    {
        var problems = new List<Problem>();
        var values = new Dictionary<string, string>(settings.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            string name = key.Trim().Replace('-', '_');
            if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(Invalid(key, $"unknown setting '{key}' for model 'eu'; known settings: {string.Join(", ", Names)}"));
                continue;
            }
            values[name] = value.Trim();
        }

        var options = ExpectedUtilityPresets.Parley;
        if (values.TryGetValue("preset", out var presetName))
        {
            var preset = ExpectedUtilityPresets.Find(presetName);
            if (preset is null) problems.Add(Invalid("preset", $"unknown preset '{presetName}'; use {string.Join(", ", ExpectedUtilityPresets.Names)}"));
            else options = preset;
        }

        if (Integer(values, "rounds", 0, 100_000, problems) is { } rounds) options = options with { Rounds = rounds };
        if (Number(values, "q", 0, 1, problems) is { } q) options = options with { Q = q };
        if (Number(values, "t", 0, 1, problems) is { } t) options = options with { T = t };
        if (Number(values, "near_zero", 0, double.MaxValue, problems) is { } nearZero) options = options with { NearZero = nearZero };
        if (Number(values, "tolerance", 0, 1, problems) is { } tolerance) options = options with { MoveTolerance = tolerance };
        if (Choice<OutcomeStatistic>(values, "outcome", problems) is { } outcome) options = options with { Outcome = outcome };
        if (Choice<RangeRule>(values, "range", problems) is { } range) options = options with { Range = range };
        if (Choice<MedianRule>(values, "median", problems) is { } median) options = options with { Median = median };
        if (Choice<MedianRule>(values, "offer_median", problems) is { } offerMedian) options = options with { OfferPassMedian = offerMedian };
        if (Choice<ProbabilityRule>(values, "probability", problems) is { } probability) options = options with { Probability = probability };
        if (Choice<StatusQuoTerm>(values, "status_quo_term", problems) is { } term) options = options with { StatusQuoTerm = term };
        if (Choice<ImprovementRule>(values, "t_rule", problems) is { } tRule) options = options with { Improvement = tRule };
        if (Choice<Perspective>(values, "perspective", problems) is { } perspective) options = options with { Perspective = perspective };
        if (Choice<DegenerateRisk>(values, "degenerate_risk", problems) is { } degenerate) options = options with { DegenerateRisk = degenerate };
        if (Choice<CompromisePoint>(values, "compromise", problems) is { } compromise) options = options with { CompromisePoint = compromise };
        if (Choice<OfferChoice>(values, "offer_choice", problems) is { } choice) options = options with { OfferChoice = choice };
        if (Choice<ActorIdentity>(values, "identity", problems) is { } identity) options = options with { Identity = identity };
        if (Switch(values, "capitulation", problems) is { } capitulation) options = options with { CapitulationFires = capitulation };
        if (Switch(values, "same_position_contests", problems) is { } samePosition) options = options with { SamePositionContests = samePosition };
        if (Switch(values, "stop_when_stable", problems) is { } stable) options = options with { StopWhenStable = stable };
        if (Switch(values, "weightless_bargain", problems) is { } weightless) options = options with { WeightlessActorsBargain = weightless };

        double? xmin = Number(values, "xmin", double.MinValue, double.MaxValue, problems);
        double? xmax = Number(values, "xmax", double.MinValue, double.MaxValue, problems);
        if (xmin is not null || xmax is not null)
        {
            if (xmin is null || xmax is null) problems.Add(Invalid(xmin is null ? "xmin" : "xmax", "give both xmin and xmax for an explicit range"));
            else if (!(xmax > xmin)) problems.Add(Invalid("xmax", $"xmax ({Format(xmax.Value)}) must be greater than xmin ({Format(xmin.Value)})"));
            else options = options with { Range = RangeRule.Explicit, RangeMin = xmin.Value, RangeMax = xmax.Value };
        }
        else if (options.Range == RangeRule.Explicit && !(options.RangeMax > options.RangeMin))
        {
            problems.Add(Invalid("range", "range 'explicit' needs xmin and xmax"));
        }
        if (options.Identity == ActorIdentity.ByName && options.OfferChoice != OfferChoice.HighestProposerGain)
        {
            problems.Add(Invalid("identity", "identity 'by-name' reproduces dmasad's name-keyed lookups and needs offer_choice 'highest-proposer-gain'"));
        }
        return problems.Count > 0 ? ParseResult<ExpectedUtilityOptions>.ForProblems(problems) : ParseResult<ExpectedUtilityOptions>.ForValue(options);
    }

    /// <summary>The setting value of an enum member: <c>PairNormalised</c> → <c>pair-normalised</c>.</summary>
    public static string ValueName<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        string name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    private static TEnum? Choice<TEnum>(Dictionary<string, string> values, string key, List<Problem> problems) where TEnum : struct, Enum
    {
        if (!values.TryGetValue(key, out var text)) return null;
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ValueName(value), text.Replace('_', '-'), StringComparison.OrdinalIgnoreCase)) return value;
        }
        problems.Add(Invalid(key, $"unknown value '{text}' for {key}; use {string.Join(", ", Enum.GetValues<TEnum>().Select(ValueName))}"));
        return null;
    }

    private static bool? Switch(Dictionary<string, string> values, string key, List<Problem> problems)
    {
        if (!values.TryGetValue(key, out var text)) return null;
        switch (text.ToLowerInvariant())
        {
            case "on" or "true" or "yes" or "1": return true;
            case "off" or "false" or "no" or "0": return false;
            default:
                problems.Add(Invalid(key, $"'{text}' is not on/off (true/false) for {key}"));
                return null;
        }
    }

    private static double? Number(Dictionary<string, string> values, string key, double min, double max, List<Problem> problems)
    {
        if (!values.TryGetValue(key, out var text)) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            problems.Add(Invalid(key, $"'{text}' is not a number"));
            return null;
        }
        if (value < min || value > max)
        {
            problems.Add(Invalid(key, $"{key} must lie in [{Format(min)}, {Format(max)}], found {Format(value)}"));
            return null;
        }
        return value;
    }

    private static int? Integer(Dictionary<string, string> values, string key, int min, int max, List<Problem> problems)
    {
        if (!values.TryGetValue(key, out var text)) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            problems.Add(Invalid(key, $"{key} must be a whole number from {min} to {max}, found '{text}'"));
            return null;
        }
        return value;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static Problem Invalid(string key, string message) => new(Rules.InvalidValue, message, Field: "parameters.eu." + key);
}
