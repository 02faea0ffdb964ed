using System.Globalization;
using Parley.Analysis.Sensitivity;
using Parley.Analysis.Uncertainty;
using Parley.Core;
using Parley.Core.Validation;

namespace Parley.Analysis.Runs;

/// <summary>
/// A sensitivity request as a user writes it (command-line options, web query or sweep file), checked
/// into <see cref="SensitivityOptions"/> with every problem reported at once.
/// </summary>
public sealed record SensitivityRequest(
    int Samples = 1024,
    string Distribution = "pert",
    string? Seed = null,
    int Resamples = 500,
    double Confidence = 0.95,
    string? Sampling = null,
    int? Threads = null)
{
    public const int MaxSamples = 1 << 24;

    public const int MaxResamples = 100_000;

    /// <param name="prefix">How options are spelled in messages: "--" for the CLI, "" elsewhere.</param>
    public ParseResult<SensitivityOptions> ToOptions(Scenario scenario, string prefix = "--")
    {
        var problems = new List<Problem>();
        if (Samples < 2 || Samples > MaxSamples)
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{prefix}samples must be between 2 and {MaxSamples.ToString("N0", CultureInfo.InvariantCulture)}, found {Samples}", Field: prefix + "samples"));
        }
        if (Resamples < 1 || Resamples > MaxResamples)
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{prefix}resamples must be between 1 and {MaxResamples.ToString("N0", CultureInfo.InvariantCulture)}, found {Resamples}", Field: prefix + "resamples"));
        }
        if (!(Confidence >= 0.5 && Confidence < 1))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{prefix}confidence must be at least 0.5 and below 1 (e.g. 0.95), found {Confidence.ToString(CultureInfo.InvariantCulture)}", Field: prefix + "confidence"));
        }
        if (Threads is < 1) problems.Add(new Problem(Rules.InvalidValue, $"{prefix}threads must be at least 1", Field: prefix + "threads"));
        var distribution = InputDistributionExtensions.Parse(Distribution);
        if (distribution is null) problems.Add(new Problem(Rules.InvalidValue, $"{prefix}dist must be pert, uniform or normal, found '{Distribution}'", Field: prefix + "dist"));
        ulong seed = 1;
        if (Seed is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{prefix}seed must be a whole number ≥ 0, found '{seedText}'", Field: prefix + "seed"));
        }
        SamplingScheme? sampling = null;
        if (Sampling is { } samplingText)
        {
            sampling = SamplingSchemeExtensions.Parse(samplingText);
            if (sampling is null) problems.Add(new Problem(Rules.InvalidValue, $"{prefix}sampling must be sobol or random, found '{samplingText}'", Field: prefix + "sampling"));
        }
        var inputs = UncertainInputs.From(CompiledScenario.Compile(scenario)).Count;
        if (inputs == 0)
        {
            problems.Add(new Problem(Rules.InvalidValue, "the scenario has no uncertain input: give some position, salience or capability a range (position_range, salience_range or capability_range)", Field: "ranges"));
        }
        else if (sampling == SamplingScheme.Sobol && !SaltelliDesign.SobolFits(inputs))
        {
            problems.Add(new Problem(Rules.InvalidValue, $"{prefix}sampling sobol covers at most {SobolSequence.MaxDimensions / 2} uncertain inputs; this scenario has {inputs} (use random)", Field: prefix + "sampling"));
        }
        if (problems.Count > 0) return ParseResult<SensitivityOptions>.ForProblems(problems);
        return ParseResult<SensitivityOptions>.ForValue(new SensitivityOptions(Samples, seed, distribution!.Value, Resamples, Confidence, Threads, sampling));
    }
}
