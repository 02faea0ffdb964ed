namespace Parley.Web.Tests;

/// <summary>
/// Figures the tests measure but never assert on (latencies depend on the machine): written to the
/// test output and to web-measurements.txt beside the test binary, for the closing note.
/// </summary>
internal static class Measurements
{
    private static readonly object gate = new();

    public static string File => Path.Combine(AppContext.BaseDirectory, "web-measurements.txt");

    public static void Record(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
        lock (gate) System.IO.File.AppendAllText(File, DateTime.UtcNow.ToString("u") + "  " + line + Environment.NewLine);
    }
}
