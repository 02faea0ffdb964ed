using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Models.Exchange;

/// <summary>Settings of <c>--model exchange</c>: <c>preset</c> (parley or decide) and <c>rounds</c>.</summary>
public static class ExchangeSettings
{
    public const string Preset = "preset";
    public const string Rounds = "rounds";

    public static readonly IReadOnlyList<string> Names = [Preset, Rounds];

    public static ParseResult<ExchangeOptions> Parse(IReadOnlyDictionary<string, string> settings)
    {
        var problems = new List<Problem>();
        string preset = ExchangeOptions.ParleyPreset;
        int? rounds = null;
        foreach (var (key, text) in settings)
        {
            string name = key.ToLowerInvariant();
            string field = "parameters.exchange." + key;
            switch (name)
            {
                case Preset:
                    string value = text.Trim().ToLowerInvariant();
                    if (value is ExchangeOptions.ParleyPreset or ExchangeOptions.DecidePreset) preset = value;
                    else problems.Add(new Problem(Rules.InvalidValue, $"model 'exchange': preset must be 'parley' or 'decide', found '{text}'", Field: field));
                    break;
                case Rounds:
                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int r) && r is >= 1 and <= 1000) rounds = r;
                    else problems.Add(new Problem(Rules.InvalidValue, $"model 'exchange': rounds must be a whole number from 1 to 1000, found '{text}'", Field: field));
                    break;
                default:
                    problems.Add(new Problem(Rules.UnknownField, $"model 'exchange' has no setting '{key}'; it takes {string.Join(", ", Names)}", Field: field));
                    break;
            }
        }
        if (problems.Count > 0) return ParseResult<ExchangeOptions>.ForProblems(problems);
        var options = ExchangeOptions.ForPreset(preset);
        if (rounds is { } count) options = options with { Rounds = count };
        return ParseResult<ExchangeOptions>.ForValue(options);
    }

    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings) =>
        Parse(settings).Select(options => (IBargainingModel)new ExchangeModel(options));
}
