using System.Security.Cryptography;
using System.Text;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Web.Security;

/// <summary>
/// Checks the access token on every request — API calls and pages alike — when one is set. A
/// client sends it as <c>Authorization: Bearer TOKEN</c> or <c>X-Parley-Token</c>; a browser opens
/// the link <c>parley serve</c> prints (<c>/?token=TOKEN</c>) once and then carries it in a
/// same-site, script-inaccessible cookie.
/// </summary>
public sealed class AccessToken(RequestDelegate next, string token)
{
    public const string CookieName = "parley_token";
    public const string Header = "X-Parley-Token";
    private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        string? presented = null;
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) presented = authorization[7..].Trim();
        presented ??= request.Headers[Header].FirstOrDefault();
        presented ??= request.Cookies[CookieName];
        if (Matches(presented))
        {
            await next(context);
            return;
        }
        if (HttpMethods.IsGet(request.Method) && Matches(request.Query["token"].FirstOrDefault()))
        {
            context.Response.Cookies.Append(CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, Path = "/" });
            // Drop the token from the address bar and history. The target is always a path on this
            // server: a request for //evil.example/ would otherwise redirect to the
            // protocol-relative address //evil.example/, i.e. to another site.
            context.Response.Redirect(LocalPath(request.PathBase + request.Path));
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(ProblemJsonWriter.Write([new Problem("unauthorized", "this Parley server needs its access token: send 'Authorization: Bearer TOKEN' or open the link 'parley serve' printed", Field: "token")]));
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<!DOCTYPE html><meta charset=utf-8><title>Parley: access token needed</title><p>This Parley server needs its access token. Open the link <code>parley serve</code> printed (it ends in <code>?token=…</code>).</p>");
    }

    /// <summary>A path that browsers read as on this server: one leading slash, no backslashes.</summary>
    internal static string LocalPath(string path)
    {
        string local = "/" + path.Replace('\\', '/').TrimStart('/');
        return local;
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
