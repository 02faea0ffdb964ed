using System.Text;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Writes a result file atomically: to a temporary file beside it, then renamed over the target,
/// so a failure or Ctrl-C never leaves a half-written file.
/// </summary>
public static class OutputFile
{
    public static void WriteAllText(string path, string content) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(content));

    public static void WriteAllBytes(string path, byte[] content)
    {
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory))
        {
            throw new InputException(Parley.Core.Validation.Rules.FileNotFound, $"cannot write '{path}': the folder '{directory}' does not exist", "output");
        }
        string temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new InputException(Parley.Core.Validation.Rules.FileNotFound, $"cannot write '{path}': {e.Message}", "output");
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
