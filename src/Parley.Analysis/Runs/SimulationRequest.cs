using System.Globalization;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Validation;

namespace Parley.Analysis.Runs;

/// <summary>
/// A Monte Carlo request as a user writes it (command-line options or web query), checked into
/// <see cref="MonteCarloOptions"/> with every problem reported at once. The CLI and the web API
/// share it, so the same request is refused with the same words.
/// </summary>
public sealed record SimulationRequest(
    int Runs = 10_000,
    string Distribution = "pert",
    IReadOnlyList<string>? Thresholds = null,
    string? Seed = null,
    int? Threads = null,
    int Bins = 20)
{
    public const int MaxRuns = 100_000_000;

    /// <summary>The options, or every problem; options are named by <see cref="OptionKey"/> tokens, which each face spells.</summary>
    public ParseResult<MonteCarloOptions> ToOptions(Scenario scenario, int maxRuns = MaxRuns)
    {
        var problems = new List<Problem>();
        if (Runs < 1 || Runs > maxRuns) problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Runs.Token()} must be between 1 and {maxRuns.ToString("N0", CultureInfo.InvariantCulture)}, found {Runs}", Field: OptionKey.Runs.Token()));
        if (Bins < 1 || Bins > 1000) problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Bins.Token()} must be between 1 and 1000, found {Bins}", Field: OptionKey.Bins.Token()));
        if (Threads is < 1) problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Threads.Token()} must be at least 1", Field: OptionKey.Threads.Token()));
        var distribution = InputDistributionExtensions.Parse(Distribution);
        if (distribution is null) problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Distribution.Token()} must be pert, uniform or normal, found '{Distribution}'", Field: OptionKey.Distribution.Token()));
        ulong seed = 1;
        if (Seed is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{OptionKey.Seed.Token()} must be a whole number ≥ 0, found '{seedText}'", Field: OptionKey.Seed.Token()));
        }
        var thresholds = new List<Threshold>();
        foreach (var text in Thresholds ?? [])
        {
            var parsed = Threshold.Parse(text);
            if (!parsed.Success)
            {
                problems.AddRange(parsed.Problems);
                continue;
            }
            if (scenario.DimensionIndex(parsed.Value.DimensionId) < 0)
            {
                problems.Add(new Problem(Rules.UnknownDimension, $"{OptionKey.Threshold.Token()} {parsed.Value}: no dimension '{parsed.Value.DimensionId}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})", Field: OptionKey.Threshold.Token()));
                continue;
            }
            thresholds.Add(parsed.Value);
        }
        if (problems.Count > 0) return ParseResult<MonteCarloOptions>.ForProblems(problems);
        return ParseResult<MonteCarloOptions>.ForValue(new MonteCarloOptions(Runs, seed, distribution!.Value, Threads, Bins) { Thresholds = thresholds });
    }
}
