using System.Globalization;
using Parley.Core;

namespace Parley.Models.Spatial;

/// <summary>
/// The random scenario that KTAB's <c>smpc --euSMP --seed S [--ra]</c> builds (spec §5.10,
/// <c>SMPModel::randomSMP</c>), regenerated bit for bit from the seed with <see cref="KtabPrng"/>.
/// KTAB runs it with one quirk: after state 0's utilities are computed it resets the risk
/// attitudes, so round 1 values bargains risk-neutrally. <see cref="Options"/> reproduces that
/// under the <c>ktab</c> preset only; the same numbers read from a file run without it.
/// </summary>
public sealed class KtabRandomScenario
{
    private KtabRandomScenario(SpatialInput input, ulong seed) => (Input, Seed) = (input, seed);

    /// <summary>The generated numbers on KTAB's 0–1 scale (the accommodation matrix only with <c>--ra</c>).</summary>
    public SpatialInput Input { get; }

    public ulong Seed { get; }

    public static KtabRandomScenario Generate(ulong seed, bool accommodation = false)
    {
        var random = new KtabPrng(seed);
        // KTAB's comment says 5–10 actors; the formula gives 4–25.
        int n = (int)(Math.Exp(random.Uniform(Math.Log(4.0), Math.Log(25.0))) + 0.5);
        int k = 1 + (int)(random.Next() % 3);
        var capability = new double[n];
        var position = new double[n * k];
        var salience = new double[n * k];
        var weights = new double[k];
        for (int i = 0; i < n; i++)
        {
            capability[i] = random.Uniform(10.0, 200.0);
            double total = random.Uniform(0.75, 0.99);
            double sum = 0;
            for (int d = 0; d < k; d++) weights[d] = random.Uniform(0.1, 1.0);
            for (int d = 0; d < k; d++) sum = sum + weights[d];
            for (int d = 0; d < k; d++) salience[i * k + d] = (total * weights[d]) / sum;
            // KTAB draws a voting rule per actor that the model never uses; the draw still advances the generator.
            _ = random.Uniform(0.0, 6 - 0.01);
            for (int d = 0; d < k; d++) position[i * k + d] = random.Uniform(0.0, 1.0);
        }
        double[]? matrix = null;
        if (accommodation)
        {
            matrix = new double[n * n];
            for (int i = 0; i < n; i++) matrix[i * n + i] = random.Uniform(0.1, 0.5);
        }
        return new KtabRandomScenario(new SpatialInput(n, k, capability, position, salience, matrix), seed);
    }

    /// <summary>
    /// The options KTAB's <c>--euSMP</c> run uses: <paramref name="baseOptions"/> plus, under the
    /// <c>ktab</c> preset, the risk-neutral first round.
    /// </summary>
    public SmpOptions Options(SmpOptions baseOptions) => baseOptions with { RiskNeutralFirstBargains = baseOptions.IsKtab };

    /// <summary>The generated numbers as a Parley scenario (0–100 scales, saliences in percent), named as KTAB names them.</summary>
    public Scenario ToScenario()
    {
        int n = Input.ActorCount, k = Input.DimensionCount;
        var dimensions = Enumerable.Range(0, k).Select(d => new Dimension(Name("SDim", d), Name("SDim", d), Scale.Default)).ToValueList();
        var actors = Enumerable.Range(0, n).Select(i => new Actor(Name("SActor", i), Name("SActor", i), Input.Capability[i])).ToValueList();
        var stances = new List<Stance>();
        for (int i = 0; i < n; i++)
        {
            for (int d = 0; d < k; d++) stances.Add(new Stance(actors[i].Id, dimensions[d].Id, 100 * Input.Position[i * k + d], 100 * Input.Salience[i * k + d]));
        }
        ValueList<Accommodation>? accommodation = Input.Accommodation is { } matrix
            ? Enumerable.Range(0, n).Select(i => new Accommodation(actors[i].Id, actors[i].Id, matrix[i * n + i])).ToValueList()
            : null;
        return new Scenario($"smpc --euSMP --seed {Seed}", actors, dimensions, stances.ToValueList(), AccommodationList: accommodation);
    }

    private static string Name(string stem, int index) => stem + "-" + index.ToString("D2", CultureInfo.InvariantCulture);
}
