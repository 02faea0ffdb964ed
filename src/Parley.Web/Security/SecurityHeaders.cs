namespace Parley.Web.Security;

/// <summary>
/// Headers every response carries, errors and refusals included (OWASP ASVS 14.4): no content
/// sniffing, no framing, no referrer leaking a token-bearing address, no caching of API answers
/// (scenarios are often confidential), and a content security policy that allows nothing for
/// anything that is not a page. The page sets its own, wider policy (<see cref="StaticAssets"/>).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy of every response that is not the page itself: JSON, SVG, PNG, errors.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ApiPolicy;
            if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
