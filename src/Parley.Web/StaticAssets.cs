using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Parley.Web;

/// <summary>
/// Serves the UI (index.html, app.js, app.css) from resources embedded in this assembly: the page
/// works wherever the <c>parley</c> binary runs, and no request path ever reaches the file system.
/// </summary>
internal static class StaticAssets
{
    private sealed record Asset(byte[] Body, string ContentType, string ETag);

    private static readonly FrozenDictionary<string, Asset> assets = Load();

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/{file:regex(^[a-z]+\\.(js|css)$)}", (string file, HttpContext context) => Serve(context, file)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string name)
    {
        if (!assets.TryGetValue(name, out var asset)) return Results.NotFound();
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        // The page loads nothing from elsewhere; say so to the browser too.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Body, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        const string prefix = "Parley.Web.wwwroot.";
        var assembly = typeof(StaticAssets).Assembly;
        var result = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            byte[] body = copy.ToArray();
            string name = resource[prefix.Length..];
            string type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => "application/octet-stream",
            };
            result[name] = new Asset(body, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"");
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
