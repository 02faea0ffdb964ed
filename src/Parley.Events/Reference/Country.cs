namespace Parley.Events.Reference;

/// <summary>
/// A country (or CAMEO region) as the event datasets name it: GDELT actors use the CAMEO code
/// (ISO-3166 alpha-3 except ROM, TMP, MTN, IMY), GDELT geography uses FIPS 10-4 (<c>KN</c> is North
/// Korea), ICEWS uses English names ("Russian Federation").
/// </summary>
/// <param name="Kind"><c>country</c>, or <c>region</c> for CAMEO's regional and place codes (AFR, WST, GZS…).</param>
public sealed record Country(string CameoCode, string Name, string Kind, string? Iso3, string? Iso2, string? Fips, string? CameoLabel);
