namespace Parley.Tests.Shared;

/// <summary>
/// Finds files of the repository (tests/fixtures, examples) from a test binary by walking up to
/// the solution folder, so fixtures stay in one place instead of being copied into every output.
/// </summary>
internal static class Fixtures
{
    private static readonly Lazy<string> root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Parley.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Parley.slnx) above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => root.Value;

    /// <summary>A path under tests/fixtures.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, "tests", "fixtures", .. parts]);

    /// <summary>A path relative to the repository root (e.g. examples/korea-2019.yaml).</summary>
    public static string Repo(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, .. parts]);
}
