using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Core.Validation;

namespace Parley.Analysis.Uncertainty;

/// <summary>A question about a dimension's outcome, written <c>sanctions&gt;=60</c>: "how likely is at least 60?"</summary>
public sealed partial record Threshold(string DimensionId, string Operator, double Value)
{
    public bool IsMetBy(double outcome) => Operator switch
    {
        ">=" => outcome >= Value,
        ">" => outcome > Value,
        "<=" => outcome <= Value,
        _ => outcome < Value,
    };

    public override string ToString() => DimensionId + Operator + Value.ToString("R", CultureInfo.InvariantCulture);

    public static ParseResult<Threshold> Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            return ParseResult<Threshold>.ForProblem(OptionKey.Threshold.Problem(Rules.InvalidValue,
                $"{OptionKey.Threshold.Token()} expects DIMENSION>=V (or >, <=, <), e.g. sanctions>=60; found '{text}'"));
        }
        return ParseResult<Threshold>.ForValue(new Threshold(match.Groups[1].Value, match.Groups[2].Value, value));
    }

    [GeneratedRegex(@"^([\p{L}\p{N}_\-]+)\s*(>=|<=|>|<)\s*(\S+)$")]
    private static partial Regex Pattern();
}
