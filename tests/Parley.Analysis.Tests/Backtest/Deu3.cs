using Parley.Analysis.Backtest.Deu;

namespace Parley.Analysis.Tests.Backtest;

/// <summary>The DEU III copy from data/deu3, copied next to the test assembly.</summary>
internal static class Deu3
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "deu3");

    private static readonly Lazy<DeuDataset> data = new(() => DeuReader.Read(Directory).Value);

    public static DeuDataset Data => data.Value;
}
