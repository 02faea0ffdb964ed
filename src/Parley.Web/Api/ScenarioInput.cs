using System.Text;
using System.Text.RegularExpressions;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Web.Api;

/// <summary>A scenario read from a request, or why it could not be; the status says which HTTP answer fits.</summary>
internal sealed record ScenarioUpload(Scenario? Scenario, string Text, string FileName, IReadOnlyList<Problem> Problems, int Status)
{
    public bool Success => Scenario is not null;
}

/// <summary>
/// Reads a scenario from a request body. The format comes from the Content-Type (JSON, YAML or
/// CSV); the optional <c>?name=</c> is a display name for messages and never touches the file
/// system. Problems are the same list the CLI prints for the same file.
/// </summary>
internal static partial class ScenarioInput
{
    public static ScenarioFormat? FormatOf(string? contentType)
    {
        string media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/json" => ScenarioFormat.Json,
            "application/yaml" or "application/x-yaml" or "text/yaml" or "text/x-yaml" => ScenarioFormat.Yaml,
            "text/csv" => ScenarioFormat.Csv,
            _ => null,
        };
    }

    public static async Task<ScenarioUpload> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var format = FormatOf(request.ContentType);
        string name = DisplayName(request.Query["name"].FirstOrDefault(), format);
        if (format is null)
        {
            return Fail(name, Rules.UnknownFormat, $"send the scenario with Content-Type application/yaml, application/json or text/csv (got '{request.ContentType ?? "none"}')", StatusCodes.Status415UnsupportedMediaType);
        }
        byte[]? bytes = await ReadLimitedAsync(request.Body, limit, cancellationToken);
        if (bytes is null) return Fail(name, Rules.FileTooLarge, $"the scenario is larger than this server's limit of {limit / (1024 * 1024)} MB", StatusCodes.Status413PayloadTooLarge);
        return FromBytes(bytes, name, format.Value);
    }

    public static ScenarioUpload FromBytes(byte[] bytes, string name, ScenarioFormat? format)
    {
        var result = ScenarioLoading.Read(new ScenarioSource.Bytes(bytes, name, format));
        string text = Encoding.UTF8.GetString(bytes);
        return result.Success
            ? new ScenarioUpload(result.Value, text, name, [], StatusCodes.Status200OK)
            : new ScenarioUpload(null, text, name, result.Problems, StatusCodes.Status400BadRequest);
    }

    /// <summary>The body, or null if it is longer than <paramref name="limit"/> (Kestrel enforces the same limit; the test server does not).</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    /// <summary>A safe display name: the last path segment, plain characters, the format's extension.</summary>
    public static string DisplayName(string? requested, ScenarioFormat? format)
    {
        string extension = format switch
        {
            ScenarioFormat.Json => ".json",
            ScenarioFormat.Csv => ".csv",
            _ => ".yaml",
        };
        string name = Path.GetFileNameWithoutExtension((requested ?? "").Replace('\\', '/').Split('/')[^1]);
        name = UnsafeCharacters().Replace(name, "_").Trim('.', '_');
        if (name.Length == 0) name = "scenario";
        if (name.Length > 80) name = name[..80];
        return name + extension;
    }

    private static ScenarioUpload Fail(string name, string rule, string message, int status) =>
        new(null, "", name, [new Problem(rule, message, name)], status);

    [GeneratedRegex(@"[^\p{L}\p{N}_\-. ]")]
    private static partial Regex UnsafeCharacters();
}
