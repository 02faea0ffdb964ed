using System.Net;
using Parley.Core.Validation;

namespace Parley.Web.Security;

/// <summary>
/// Loopback only, unless there is a token: an analyst's scenarios are often sensitive, and a server
/// reachable from the network without a token would hand them to anyone on it.
/// </summary>
public static class BindingPolicy
{
    public const int MinimumTokenLength = 16;

    /// <summary>The listen addresses if allowed, else the reasons they are not.</summary>
    public static ParseResult<IReadOnlyList<Uri>> Check(string urls, string? token)
    {
        var problems = new List<Problem>();
        var parsed = new List<Uri>();
        foreach (var text in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // ASP.NET accepts http://*:5000 and http://+:5000 for "every address".
            string normalised = text.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add(new Problem(Rules.InvalidValue, $"'{text}' is not an address such as http://127.0.0.1:5000", Field: "--urls"));
                continue;
            }
            parsed.Add(uri);
        }
        if (parsed.Count == 0 && problems.Count == 0) problems.Add(new Problem(Rules.InvalidValue, "--urls names no address", Field: "--urls"));
        var open = parsed.Where(u => !IsLoopback(u.Host)).ToList();
        if (open.Count > 0 && string.IsNullOrEmpty(token))
        {
            problems.Add(new Problem(Rules.MissingField,
                $"listening on {string.Join(", ", open.Select(u => u.Host))} (not loopback) needs an access token: pass --token or set {WebOptions.TokenVariable}", Field: "--token"));
        }
        if (!string.IsNullOrEmpty(token) && token.Length < MinimumTokenLength)
        {
            problems.Add(new Problem(Rules.InvalidValue, $"the access token must have at least {MinimumTokenLength} characters", Field: "--token"));
        }
        return problems.Count > 0 ? ParseResult<IReadOnlyList<Uri>>.ForProblems(problems) : ParseResult<IReadOnlyList<Uri>>.ForValue(parsed);
    }

    /// <summary>
    /// The same rule applied to the addresses the server actually bound (e.g. <c>http://0.0.0.0:5000</c>,
    /// <c>http://[::]:5000</c>). Kestrel reports "every address" as <c>0.0.0.0</c>, <c>[::]</c>, <c>*</c> or <c>+</c>.
    /// </summary>
    public static ParseResult<IReadOnlyList<Uri>> CheckBound(IEnumerable<string> addresses, string? token)
    {
        var parsed = new List<Uri>();
        var problems = new List<Problem>();
        foreach (var address in addresses)
        {
            string normalised = address.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri))
            {
                // An address that cannot be read cannot be shown to be loopback.
                problems.Add(new Problem(Rules.InvalidValue, $"the server listens on '{address}', which cannot be checked; refusing to serve", Field: "--urls"));
                continue;
            }
            parsed.Add(uri);
        }
        var open = parsed.Where(u => !IsLoopback(u.Host)).ToList();
        if (open.Count > 0 && string.IsNullOrEmpty(token))
        {
            problems.Add(new Problem(Rules.MissingField,
                $"the server ended up listening on {string.Join(", ", open)} (not loopback; added by configuration outside --urls?), which needs an access token: pass --token or set {WebOptions.TokenVariable}", Field: "--token"));
        }
        return problems.Count > 0 ? ParseResult<IReadOnlyList<Uri>>.ForProblems(problems) : ParseResult<IReadOnlyList<Uri>>.ForValue(parsed);
    }

    public static bool IsLoopback(string host)
    {
        string h = host.Trim('[', ']');
        if (h.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(h, out var address) && IPAddress.IsLoopback(address);
    }
}
