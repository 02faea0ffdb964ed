using System.Diagnostics;
using System.Globalization;
using Parley.Core;
using Parley.Models.Exchange;

namespace Parley.Benchmarks;

/// <summary>A quick look at one size outside BenchmarkDotNet: candidates, exchanges and wall time of one run.</summary>
internal static class ExchangeProbe
{
    public static int Run(string[] args)
    {
        foreach (var size in args.Skip(1))
        {
            var parts = size.Split('x');
            var scenario = CompiledScenario.Compile(SyntheticScenario.Create(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), seed: 17));
            var model = new ExchangeModel(ExchangeOptions.Parley);
            var watch = Stopwatch.StartNew();
            var run = model.Simulate(scenario);
            watch.Stop();
            Console.WriteLine(FormattableString.Invariant($"{size}: {run.Rounds[0].Candidates} candidates in round 1, {run.Exchanges.Length} exchanges in {run.Rounds.Length} rounds, {watch.Elapsed.TotalSeconds:F2} s"));
        }
        return 0;
    }
}
