using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Models.Fitted;

/// <summary>
/// Settings of <c>--model fitted</c>: the shipped parameters (fitted-compromise.v1.json), each of
/// which a scenario file or <c>--param</c> may override.
/// </summary>
public static class FittedSettings
{
    public const string CapabilityExponent = "capability_exponent";
    public const string SalienceExponent = "salience_exponent";
    public const string SnapDistance = "snap_distance";
    public const string ShareBonus = "share_bonus";

    public static readonly IReadOnlyList<string> Names = [CapabilityExponent, SalienceExponent, SnapDistance, ShareBonus];

    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings)
    {
        var p = FittedParameters.Shipped;
        var problems = new List<Problem>();
        foreach (var (key, text) in settings)
        {
            string name = key.ToLowerInvariant();
            if (!Names.Contains(name))
            {
                problems.Add(new Problem(Rules.UnknownField, $"model 'fitted' has no setting '{key}'; it takes {string.Join(", ", Names)}", Field: "parameters.fitted." + key));
                continue;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0 || (name == SnapDistance && value > 1))
            {
                problems.Add(new Problem(Rules.InvalidValue, $"model 'fitted': {name} must be a number ≥ 0{(name == SnapDistance ? " and ≤ 1 (a share of the scale)" : "")}, found '{text}'", Field: "parameters.fitted." + key));
                continue;
            }
            p = name switch
            {
                CapabilityExponent => p with { CapabilityExponent = value },
                SalienceExponent => p with { SalienceExponent = value },
                SnapDistance => p with { SnapDistance = value },
                _ => p with { ShareBonus = value },
            };
        }
        return problems.Count > 0
            ? ParseResult<IBargainingModel>.ForProblems(problems)
            : ParseResult<IBargainingModel>.ForValue(new FittedCompromiseModel(p));
    }
}
