using Parley.Core;
using Parley.Core.Formats;

namespace Parley.Benchmarks;

/// <summary>The flagship scenario, found by walking up from the benchmark binary to the repository.</summary>
public static class Flagship
{
    public static Scenario Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Parley.slnx"))) directory = directory.Parent;
        string path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", "korea-2019.yaml");
        return ScenarioReader.ReadFile(path).Value;
    }
}
